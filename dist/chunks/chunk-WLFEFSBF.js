var fromLatin1=(function fromLatin1(s){let high=!1;for(let i=0;i<s.length;i++){let c=s.charCodeAt(i);if(c>255)return s;c>127&&(high=!0)}return high?Buffer.from(s,"latin1").toString("utf8"):s});
export{fromLatin1};
