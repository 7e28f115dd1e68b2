import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/raw/time.ts
var Rfc3339Parser = class {
  lastKey = "";
  lastMs = NaN;
  parse(s) {
    let i = 19;
    let fraction = 0;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      i++;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        fraction += d * scale;
        scale /= 10;
      }
    }
    const key = s.slice(0, 19) + s.slice(i);
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastMs = Date.parse(key);
    }
    return this.lastMs + fraction;
  }
};

export {
  Rfc3339Parser
};
