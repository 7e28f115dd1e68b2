var formatBytes=(function formatBytes(bytes){return bytes>=1e9?`${(bytes/1e9).toFixed(1)} GB`:bytes>=1e6?`${(bytes/1e6).toFixed(1)} MB`:`${Math.round(bytes/1e3)} kB`});
export{formatBytes};
