var m=process.getBuiltinModule("node:util"),{parseArgs}=m;export{parseArgs};
