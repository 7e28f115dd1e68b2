var STDIN="-";export{STDIN};
