var m=process.getBuiltinModule("node:path"),{basename,dirname,isAbsolute,join,posix,relative,resolve,sep}=m;export{basename,dirname,isAbsolute,join,posix,relative,resolve,sep};
