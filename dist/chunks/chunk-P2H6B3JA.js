import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  OVERALL_NAME,
  VERSION,
  findShifts,
  limitsFromThresholds,
  pathOf,
  ratchetProposals,
  redactQuery,
  studentTwoSidedP
} from "./chunk-MXC4ASLL.js";
import {
  CsvRecords
} from "./chunk-MYO2LJHZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-KD2E64AB.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix2) {
        return new code_1.Name(this._newName(prefix2));
      }
      _newName(prefix2) {
        const ng = this._names[prefix2] || this._nameGroup(prefix2);
        return `${prefix2}${ng.index++}`;
      }
      _nameGroup(prefix2) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix2)) || this._prefixes && !this._prefixes.has(prefix2)) {
          throw new Error(`CodeGen: prefix "${prefix2}" is not allowed in this scope`);
        }
        return this._names[prefix2] = { prefix: prefix2, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix2, nameStr) {
        super(nameStr);
        this.prefix = prefix2;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix2) {
        return new ValueScopeName(prefix2, this._newName(prefix2));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix: prefix2 } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix2];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix2] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix2] || (this._scope[prefix2] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix2, itemIndex });
        return name;
      }
      getValue(prefix2, keyOrRef) {
        const vs = this._values[prefix2];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix2 in values) {
          const vs = values[prefix2];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix2] = usedValues[prefix2] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix2) {
        return this._scope.name(prefix2);
      }
      // reserves unique name in the external scope
      scopeName(prefix2) {
        return this._extScope.name(prefix2);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix2, keyOrRef) {
        return this._extScope.getValue(prefix2, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber2 = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber2 ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber2 ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count4 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count4++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count4 += countKeys(sch));
        }
        if (count4 === Infinity)
          return Infinity;
      }
      return count4;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count4 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count4)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count4) {
          gen.code((0, codegen_1._)`${count4}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count4} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count4} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count4} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix2, uri) {
      switch (prefix2) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix2 === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix2) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix: prefix2, local } = this.qname(name);
        const attr = { name, prefix: prefix2, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix2 === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix2) {
        var _a, _b;
        let uri = this.topNS[prefix2];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix2];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix2];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix2);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix2 = name.slice(0, colon);
        if (prefix2 === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix: prefix2, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix: prefix2, local } = this.qname(tag.name);
          tag.prefix = prefix2;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix2)) !== null && _a !== void 0 ? _a : "";
          if (prefix2 !== "") {
            if (prefix2 === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix2)}.`);
              tag.uri = prefix2;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix: prefix2, local } = attr;
          let uri;
          let eqname;
          if (prefix2 === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix2);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix2)}.`);
              uri = prefix2;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num2 = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num2 = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num2 = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num2)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num2);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/engine/artifacts.ts
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function writeArtifact(cwd, path2, text) {
  const absolute = resolve(cwd, path2);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, text, "utf8");
  return absolute;
}
var MAX_SOURCE_FILES = 200;
var MAX_SOURCE_BYTES = 1024 * 1024;
async function readSources(report, workspace) {
  const sources = /* @__PURE__ */ new Map();
  const paths = report.files.filter((f) => f.findings.length > 0).map((f) => f.path);
  for (const path2 of paths.slice(0, MAX_SOURCE_FILES)) {
    try {
      const absolute = resolve(workspace, path2);
      if ((await stat(absolute)).size > MAX_SOURCE_BYTES) continue;
      sources.set(path2, await readFile(absolute, "utf8"));
    } catch {
    }
  }
  return sources;
}

// src/engine/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function reportPath(absolute, cwd) {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  return (isAbsolute(rel) ? absolute : rel).split(sep).join("/");
}
function isInside(root, path2) {
  const rel = relative(root, path2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function isGlob(path2) {
  return /[*?[\]{}]/.test(path2);
}

// src/engine/usage-error.ts
var UsageError = class extends Error {
  help;
  constructor(message, options = {}) {
    super(message);
    this.name = "UsageError";
    this.help = options.help ?? true;
  }
};

// src/results/provenance.ts
function provenanceOf(run, env = {}, now = /* @__PURE__ */ new Date(), sources = run.provenance?.sources ?? sourcesOf(run)) {
  const value = (name) => {
    const v = env[name]?.trim();
    return v ? v : void 0;
  };
  const ref = value("GITHUB_HEAD_REF") ?? value("GITHUB_REF")?.replace(/^refs\/(heads|tags)\//, "") ?? void 0;
  const provenance = {
    createdAt: now.toISOString(),
    tool: { name: run.source.tool, ...run.source.version ? { version: run.source.version } : {} },
    sources,
    loadgate: VERSION
  };
  const commit = value("GITHUB_SHA");
  if (commit) provenance.commit = commit;
  if (ref) provenance.ref = ref;
  const repository = value("GITHUB_REPOSITORY");
  if (repository) provenance.repository = repository;
  const workflow = value("GITHUB_WORKFLOW");
  if (workflow) provenance.workflow = workflow;
  const runId = value("GITHUB_RUN_ID");
  if (runId) provenance.runId = runId;
  const runAttempt = value("GITHUB_RUN_ATTEMPT");
  if (runAttempt) provenance.runAttempt = runAttempt;
  return provenance;
}
function sourcesOf(run) {
  return run.source.file.split(", ").filter(Boolean).map((file) => ({ file, format: run.source.format }));
}
function originOf(run) {
  const p = run.provenance ?? run.meta;
  if (!p) return void 0;
  const origin = {};
  if (p.ref) origin.ref = p.ref;
  if (p.commit) origin.commit = p.commit;
  if (p.createdAt) origin.createdAt = p.createdAt;
  return Object.keys(origin).length ? origin : void 0;
}
function describeOrigin(origin, now = /* @__PURE__ */ new Date()) {
  if (!origin) return void 0;
  const commit = origin.commit ? origin.commit.slice(0, 7) : void 0;
  const where = origin.ref && commit ? `${origin.ref}@${commit}` : origin.ref ?? commit;
  const age = origin.createdAt ? ageOf(origin.createdAt, now) : void 0;
  const parts = [where, age].filter((p) => p !== void 0);
  return parts.length ? parts.join(", ") : void 0;
}
function ageOf(createdAt, now) {
  const t = Date.parse(createdAt);
  if (!Number.isFinite(t)) return void 0;
  const minutes = Math.max(0, (now.getTime() - t) / 6e4);
  const unit = (n, word) => `${n} ${word}${n === 1 ? "" : "s"} old`;
  if (minutes < 1) return "made just now";
  if (minutes < 60) return unit(Math.floor(minutes), "minute");
  if (minutes < 48 * 60) return unit(Math.floor(minutes / 60), "hour");
  return unit(Math.floor(minutes / (24 * 60)), "day");
}

// src/compare/metric-value.ts
function metricValue(e, metric) {
  switch (metric) {
    case "p50":
      return e.latency.median;
    case "p90":
      return e.latency.p90;
    case "p95":
      return e.latency.p95;
    case "p99":
      return e.latency.p99;
    case "mean":
      return e.latency.mean;
    case "error-rate":
      return e.errorRate ?? (e.errors !== void 0 && e.count ? e.errors / e.count : void 0);
    case "throughput":
      return e.throughput;
  }
}

// src/compare/false-discovery.ts
var DEFAULT_FALSE_DISCOVERY_RATE = 0.05;
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = order[k];
    running = Math.min(running, p * m / (k + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}
function controlFalseDiscoveries(verdicts, rate3) {
  const tested = verdicts.filter((v) => v.pValue !== void 0);
  const q = benjaminiHochberg(tested.map((v) => v.pValue));
  tested.forEach((v, i) => {
    const qValue = q[i];
    v.qValue = qValue;
    if (qValue <= rate3) return;
    const note = `Alone the change is significant (p = ${formatP(v.pValue)}), but not among the ${tested.length} tests of this comparison (Benjamini-Hochberg q = ${formatP(qValue)} > ${rate3})`;
    if (v.decision === "regressed") {
      v.decision = "inconclusive";
      v.why = `${v.why} ${note}; a longer run would decide it.`;
      v.reason = `not significant among ${tested.length} tests (q = ${formatP(qValue)}): run longer`;
    } else if (v.decision === "improved") {
      v.decision = "unchanged";
      v.why = `${v.why} ${note}, so it may be noise.`;
    }
  });
}
function formatP(p) {
  if (p < 1e-3) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}

// src/compare/history-noise.ts
var MIN_HISTORY_RUNS = 4;
var DEFAULT_HISTORY_WINDOW = 20;
function historyNoiseTest(history, current) {
  const values = history.filter((v) => Number.isFinite(v) && v > 0);
  const n = values.length;
  if (n < MIN_HISTORY_RUNS || !(current > 0)) return void 0;
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const centre = Math.exp(mean);
  const step = roundingStep([...values, current]);
  const floor = (step / centre) ** 2 / 12;
  const scale = Math.sqrt(Math.max(variance, floor) * (1 + 1 / n));
  const df = n - 1;
  const t = (Math.log(current) - mean) / scale;
  const q = tQuantile975(df);
  const band = [Math.exp(mean - q * scale), Math.exp(mean + q * scale)];
  return { ci: [current - band[1], current - band[0]], pValue: studentTwoSidedP(t, df), runs: n, band };
}
function roundingStep(values) {
  for (const step of [1e3, 100, 10, 1, 0.1, 0.01]) {
    if (values.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6)) return step;
  }
  return 1e-3;
}
var T975 = /* @__PURE__ */ new Map();
function tQuantile975(df) {
  const known = T975.get(df);
  if (known !== void 0) return known;
  let lo = 0;
  let hi = 1e3;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (studentTwoSidedP(mid, df) > 0.05) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  T975.set(df, q);
  return q;
}

// src/compare/budgets.ts
var METRIC_IDS = [
  "p50",
  "p90",
  "p95",
  "p99",
  "mean",
  "error-rate",
  "throughput"
];
var LATENCY_DEFAULT = { relative: 10, absolute: 5, direction: "lower-is-better" };
var DEFAULTS = {
  p50: { budget: LATENCY_DEFAULT, enabled: true },
  p90: { budget: LATENCY_DEFAULT, enabled: false },
  p95: { budget: LATENCY_DEFAULT, enabled: true },
  p99: { budget: LATENCY_DEFAULT, enabled: true },
  mean: { budget: LATENCY_DEFAULT, enabled: false },
  // Absolute only: a relative budget on a rate that starts near 0 flags 0.1 % → 0.2 % as +100 %.
  "error-rate": { budget: { absolute: 5e-3, direction: "lower-is-better" }, enabled: true },
  throughput: { budget: { relative: 10, direction: "higher-is-better" }, enabled: true }
};
var DEFAULT_PROFILE_TOLERANCE_PCT = 10;
var DEFAULT_MIN_REQUESTS = 30;
function resolveBudgets(config = {}) {
  const metrics = [];
  for (const metric of METRIC_IDS) {
    const setting = config[metric];
    const { budget: base, enabled } = DEFAULTS[metric];
    if (setting === false || setting === void 0 && !enabled) continue;
    const budget = { ...base };
    if (setting !== void 0) budget.configured = true;
    if (typeof setting === "object") {
      if (setting.relative !== void 0) budget.relative = setting.relative;
      if (setting.absolute !== void 0)
        budget.absolute = metric === "error-rate" ? setting.absolute / 100 : setting.absolute;
      if (setting.direction !== void 0) budget.direction = setting.direction;
    }
    metrics.push({ metric, budget });
  }
  return {
    metrics,
    profileTolerancePct: config["profile-tolerance"] ?? DEFAULT_PROFILE_TOLERANCE_PCT,
    minRequests: config["min-requests"] ?? DEFAULT_MIN_REQUESTS,
    falseDiscoveryRate: config["false-discovery-rate"] ?? DEFAULT_FALSE_DISCOVERY_RATE,
    historyWindow: config["history-window"] ?? DEFAULT_HISTORY_WINDOW
  };
}
var metricBudgetSchema = {
  anyOf: [
    {
      type: "boolean",
      description: "false: do not judge this metric; true: judge it with the default budget."
    },
    {
      type: "object",
      additionalProperties: false,
      properties: {
        relative: {
          type: "number",
          minimum: 0,
          description: "Relative worsening allowed, in percent (10 = 10 %)."
        },
        absolute: {
          type: "number",
          minimum: 0,
          description: "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput."
        },
        direction: {
          enum: ["lower-is-better", "higher-is-better"],
          description: "Which way is better. Default: lower for latency and error rate, higher for throughput."
        }
      }
    }
  ]
};
var budgetConfigSchema = {
  type: "object",
  description: "Regression budget: a metric regresses only when it worsens beyond BOTH its relative and its absolute limit.",
  additionalProperties: false,
  properties: {
    p50: { ...metricBudgetSchema, description: "Median latency. Default: +10 % and +5 ms." },
    p90: {
      ...metricBudgetSchema,
      description: "90th percentile latency. Default: not judged (true: +10 % and +5 ms)."
    },
    p95: { ...metricBudgetSchema, description: "95th percentile latency. Default: +10 % and +5 ms." },
    p99: { ...metricBudgetSchema, description: "99th percentile latency. Default: +10 % and +5 ms." },
    mean: {
      ...metricBudgetSchema,
      description: "Mean latency. Default: not judged (true: +10 % and +5 ms)."
    },
    "error-rate": {
      ...metricBudgetSchema,
      description: "Failed requests / requests. Default: +0.5 percentage points."
    },
    throughput: { ...metricBudgetSchema, description: "Requests per second. Default: \u221210 %." },
    "profile-tolerance": {
      type: "number",
      minimum: 0,
      description: "How much (percent) the load profiles may differ before runs are not comparable. Default 10."
    },
    "min-requests": {
      type: "integer",
      minimum: 0,
      description: "Fewer requests than this on either side makes a row inconclusive. Default 30."
    },
    "false-discovery-rate": {
      type: "number",
      exclusiveMinimum: 0,
      maximum: 1,
      description: "Benjamini-Hochberg level over all endpoint \xD7 metric tests of one comparison: the share of named regressions that may be false. Default 0.05."
    },
    "history-window": {
      type: "integer",
      minimum: MIN_HISTORY_RUNS,
      description: `With a history (--history): how many of its latest runs of the same tool a percentile is judged against, by a Student-t prediction interval of their values (it decides a percentile reported without samples; one with samples must lie outside it too). At least ${MIN_HISTORY_RUNS} runs are needed. Default ${DEFAULT_HISTORY_WINDOW}.`
    }
  }
};

// src/scenario/tool-names.ts
var TOOL_NAMES = {
  k6: "k6",
  artillery: "Artillery",
  jmeter: "JMeter",
  locust: "Locust",
  gatling: "Gatling",
  taurus: "Taurus"
};
function toolName(tool) {
  return TOOL_NAMES[tool] ?? tool;
}

// src/compare/match-endpoints.ts
function matchEndpoints(baseline, current) {
  const pairs = current.map((c) => ({ current: c }));
  const unmatched = new Set(baseline.map((_, i) => i));
  const byKey = /* @__PURE__ */ new Map();
  baseline.forEach((b, i) => byKey.set(endpointKey(b), [...byKey.get(endpointKey(b)) ?? [], i]));
  for (const pair2 of pairs) {
    const queue = byKey.get(endpointKey(pair2.current));
    const i = queue?.shift();
    if (i !== void 0) {
      pair2.baseline = baseline[i];
      unmatched.delete(i);
    }
  }
  const loose = (list, key) => {
    const m = /* @__PURE__ */ new Map();
    for (const i of list) m.set(key(i), [...m.get(key(i)) ?? [], i]);
    return m;
  };
  const openPairs = pairs.map((p, i) => p.baseline ? -1 : i).filter((i) => i >= 0);
  const currentLoose = loose(openPairs, (i) => idFreeKey(pairs[i]?.current));
  const baselineLoose = loose([...unmatched], (i) => idFreeKey(baseline[i]));
  for (const [key, currentIdx] of currentLoose) {
    const baselineIdx = baselineLoose.get(key);
    if (currentIdx.length !== 1 || baselineIdx?.length !== 1) continue;
    const [ci] = currentIdx;
    const [bi] = baselineIdx;
    pairs[ci].baseline = baseline[bi];
    unmatched.delete(bi);
  }
  for (const i of [...unmatched].sort((a, b) => a - b)) pairs.push({ baseline: baseline[i] });
  return pairs;
}
function endpointKey(e) {
  if (e.method && e.path) return `${e.method.toUpperCase()} ${normalisePath(e.path)}`;
  return `name:${e.name.trim().replace(/\s+/g, " ")}`;
}
function normalisePath(path2) {
  return path2.length > 1 ? path2.replace(/\/+$/, "") : path2;
}
var UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
function idFreeKey(e) {
  return endpointKey(e).replace(UUID, "{id}").replace(/\/(?=[0-9a-f]*\d)[0-9a-f]{12,}(?=\/|$|\?|\s)/gi, "/{id}").replace(/\/\d+(?=\/|$|\?|\s)/g, "/{id}");
}

// src/results/endpoint-template.ts
function templateName(name) {
  name = foldPlaceholders(name);
  let q = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 63 || c === 35) {
      q = i;
      break;
    }
  }
  const path2 = q < 0 ? name : name.slice(0, q);
  const start = path2.charCodeAt(0) === 47 ? 0 : schemeEnd(path2);
  let folded = path2;
  if (start >= 0) {
    let out = "";
    let kept = 0;
    for (let from = start; from <= path2.length; ) {
      let slash = path2.indexOf("/", from);
      if (slash < 0) slash = path2.length;
      if (slash > from && isIdSegment(path2, from, slash)) {
        out += `${path2.slice(kept, from)}{id}`;
        kept = slash;
      }
      from = slash + 1;
    }
    if (kept > 0) folded = out + path2.slice(kept);
  }
  return q < 0 ? folded : redactQuery(folded + name.slice(q));
}
function foldPlaceholders(name) {
  return name.includes("{{") ? name.replace(/\{\{[^{}]*\}\}/g, "{id}") : name;
}
function schemeEnd(name) {
  const letter = (c) => (c | 32) >= 97 && (c | 32) <= 122;
  if (!letter(name.charCodeAt(0))) return -1;
  let i = 1;
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!(letter(c) || c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46)) break;
  }
  if (name.charCodeAt(i) !== 58 || name.charCodeAt(i + 1) !== 47 || name.charCodeAt(i + 2) !== 47) return -1;
  const slash = name.indexOf("/", i + 3);
  return slash < 0 ? name.length : slash;
}
var UUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var TOKEN = /^[A-Za-z0-9_-]{16,}$/;
function isIdSegment(path2, from, to) {
  let digit2 = false;
  let allHex = true;
  for (let i = from; i < to; i++) {
    const c = path2.charCodeAt(i);
    if (c >= 48 && c <= 57) digit2 = true;
    else if (!(c >= 97 && c <= 102 || c >= 65 && c <= 70)) allHex = false;
  }
  const length = to - from;
  if (!digit2) return length === 36 && UUID2.test(path2.slice(from, to));
  if (isNumber(path2, from, to)) return true;
  if (allHex && length >= 8) return true;
  const s = path2.slice(from, to);
  if (UUID2.test(s)) return true;
  return TOKEN.test(s) && /[A-Za-z]/.test(s) && !/^[a-z]+([_-][a-z]+)*\d?$/i.test(s);
}
function isNumber(s, from, to) {
  let i = from;
  if (s.charCodeAt(i) === 45) i++;
  const intStart = i;
  while (i < to && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === intStart) return false;
  if (i === to) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const fracStart = ++i;
  while (i < to && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i > fracStart && i === to;
}

// src/results/sketch/ddsketch.ts
var DEFAULT_RELATIVE_ACCURACY = 0.01;
var MIN_INDEXABLE = 1e-9;
var INT_KEYS_SIZE = 1 << 16;
var UNSET_KEY = -(2 ** 31);
var INT_KEYS = new Int32Array(INT_KEYS_SIZE).fill(UNSET_KEY);
var DDSketch = class _DDSketch {
  alpha;
  gamma;
  logGamma;
  /** Counts of keys `offset .. offset + bins.length - 1`; grown on demand, both ways. */
  bins = new Float64Array(0);
  offset = 0;
  zeros = 0;
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  constructor(alpha = DEFAULT_RELATIVE_ACCURACY) {
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }
  /** Adds a value (≥ 0; negative values are counted as zero: a duration cannot be negative). */
  add(value, weight = 1) {
    this.addKeyed(this.keyOf(value), value, weight);
  }
  /** The bucket of a value (NaN for zero), for callers adding one value to several sketches of the same α. */
  keyOf(value) {
    if (value <= MIN_INDEXABLE) return NaN;
    if (value < INT_KEYS_SIZE && this.alpha === DEFAULT_RELATIVE_ACCURACY && (value | 0) === value) {
      let key = INT_KEYS[value];
      if (key === UNSET_KEY) key = INT_KEYS[value] = Math.ceil(Math.log(value) / this.logGamma);
      return key;
    }
    return Math.ceil(Math.log(value) / this.logGamma);
  }
  /** `add` with the key already computed by `keyOf` of a sketch of the same α. */
  addKeyed(key, value, weight = 1) {
    this.count += weight;
    this.sum += value * weight;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (key !== key) {
      this.zeros += weight;
      return;
    }
    let i = key - this.offset;
    if (i < 0 || i >= this.bins.length) i = this.grow(key);
    this.bins[i] += weight;
  }
  /** Adds every value of `other` (same α): the result is exactly the sketch of both inputs together. */
  merge(other) {
    if (other.alpha !== this.alpha)
      throw new Error(`cannot merge sketches of accuracy ${other.alpha} and ${this.alpha}`);
    if (other.count === 0) return;
    this.count += other.count;
    this.sum += other.sum;
    this.zeros += other.zeros;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    for (let j = 0; j < other.bins.length; j++) {
      const c = other.bins[j];
      if (c === 0) continue;
      const key = other.offset + j;
      let i = key - this.offset;
      if (i < 0 || i >= this.bins.length) i = this.grow(key);
      this.bins[i] += c;
    }
  }
  /**
   * The value at quantile q (0..1): the sample of rank q·(n − 1), within α. Clamped to the exact min and max,
   * so p0 and p100 are exact. Undefined for an empty sketch.
   */
  quantile(q) {
    if (this.count === 0) return void 0;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const rank = q * (this.count - 1);
    if (rank < this.zeros) return Math.max(0, this.min);
    let seen = this.zeros;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i];
      if (seen > rank) return this.clamp(this.valueOf(this.offset + i));
    }
    return this.max;
  }
  get mean() {
    return this.count === 0 ? void 0 : this.sum / this.count;
  }
  toJSON() {
    let first = 0;
    let last = this.bins.length - 1;
    while (first <= last && this.bins[first] === 0) first++;
    while (last >= first && this.bins[last] === 0) last--;
    return {
      alpha: this.alpha,
      count: this.count,
      sum: this.sum,
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      zeros: this.zeros,
      offset: this.offset + first,
      bins: Array.from(this.bins.subarray(first, last + 1))
    };
  }
  static fromJSON(json2) {
    const sketch = new _DDSketch(json2.alpha);
    sketch.count = json2.count;
    sketch.sum = json2.sum;
    sketch.min = json2.count ? json2.min : Infinity;
    sketch.max = json2.count ? json2.max : -Infinity;
    sketch.zeros = json2.zeros;
    sketch.offset = json2.offset;
    sketch.bins = Float64Array.from(json2.bins);
    return sketch;
  }
  /** The representative of a key: relative distance α to both bucket edges γ^(k−1) and γ^k. */
  valueOf(key) {
    return 2 * Math.exp(key * this.logGamma) / (1 + this.gamma);
  }
  clamp(v) {
    return v < this.min ? this.min : v > this.max ? this.max : v;
  }
  /** Makes room for `key` with some slack either way, so a run's first samples do not copy on every add. */
  grow(key) {
    if (this.bins.length === 0) {
      this.offset = key - 32;
      this.bins = new Float64Array(128);
      return key - this.offset;
    }
    const lo = Math.min(this.offset, key - 32);
    const hi = Math.max(this.offset + this.bins.length, key + 33);
    const grown = new Float64Array(hi - lo);
    grown.set(this.bins, this.offset - lo);
    this.bins = grown;
    this.offset = lo;
    return key - lo;
  }
};

// src/results/raw/latin1.ts
function fromLatin1(s) {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return Buffer.from(s, "latin1").toString("utf8");
  }
  return s;
}

// src/results/raw/run-builder.ts
var OTHER_ENDPOINTS = "(other endpoints)";
var NAME_CACHE_LIMIT = 5e4;
var RAW_NAMES_KEPT = 4096;
var MAX_DIAGNOSTICS = 20;
var RunBuilder = class {
  constructor(options) {
    this.options = options;
    this.windowMs = (options.windowSec ?? 10) * 1e3;
    this.maxEndpoints = options.maxEndpoints ?? 200;
  }
  options;
  /** The file being fed, named in diagnostics. */
  file = "";
  files = [];
  diagnostics = [];
  suppressed = 0;
  windowMs;
  maxEndpoints;
  overall = new DDSketch();
  overallCount = 0;
  overallErrors = 0;
  overallKinds = /* @__PURE__ */ new Map();
  rows = /* @__PURE__ */ new Map();
  /**
   * Per kind and method: raw name → row, so a name is templated once, not once per sample; and folded name →
   * row, so that the names folding changed (a new id each time) find their row without building a key. Kept
   * by method in maps of their own, so no key is built per sample.
   */
  requestNames = /* @__PURE__ */ new Map();
  transactionNames = /* @__PURE__ */ new Map();
  foldedMisses = 0;
  windows = /* @__PURE__ */ new Map();
  /** Transactions alone, for a file that has nothing else (a CSV JTL of "generate parent sample" TCs). */
  txOverall = new DDSketch();
  txErrors = 0;
  txUntimed = 0;
  txWindows = /* @__PURE__ */ new Map();
  lastIndex = NaN;
  lastWindows;
  lastWindow;
  firstMs = Infinity;
  lastMs = -Infinity;
  maxVUs;
  iterations;
  droppedIterations;
  /** Summed ms and requests per request phase, for the overall row's breakdown. */
  phaseSums = /* @__PURE__ */ new Map();
  passes = 0;
  fails = 0;
  toolVersion;
  templatedRequests = 0;
  overflowRequests = 0;
  overflowNames = /* @__PURE__ */ new Set();
  overflowNamesCapped = false;
  request(name, method, timeMs, latencyMs, error, errorKind2, weight = 1) {
    const row2 = this.row(name, method, false);
    row2.count += weight;
    const timed = Number.isFinite(latencyMs);
    const key = timed ? this.overall.keyOf(latencyMs) : 0;
    if (timed) row2.sketch.addKeyed(key, latencyMs, weight);
    if (row2.templated) this.templatedRequests += weight;
    if (row2.other) this.overflowRequests += weight;
    this.overallCount += weight;
    if (timed) this.overall.addKeyed(key, latencyMs, weight);
    const errors = error ? weight : 0;
    if (error) {
      row2.errors += weight;
      this.overallErrors += weight;
      if (errorKind2) {
        row2.errorsByKind.set(errorKind2, (row2.errorsByKind.get(errorKind2) ?? 0) + weight);
        this.overallKinds.set(errorKind2, (this.overallKinds.get(errorKind2) ?? 0) + weight);
      }
    }
    if (timeMs !== void 0 && Number.isFinite(timeMs)) {
      this.span(timeMs, timed ? latencyMs : 0);
      const w = this.window(timeMs);
      w.count += weight;
      w.errors += errors;
      if (timed) w.sketch.addKeyed(key, latencyMs, weight);
    }
  }
  transaction(name, timeMs, latencyMs, error, latencyKind) {
    const row2 = this.row(name, void 0, true);
    if (latencyKind) row2.latencyKind = latencyKind;
    row2.count++;
    const timed = Number.isFinite(latencyMs);
    if (timed) {
      row2.sketch.add(latencyMs);
      this.txOverall.add(latencyMs);
    } else this.txUntimed++;
    if (error) {
      row2.errors++;
      this.txErrors++;
    }
    if (timeMs !== void 0 && Number.isFinite(timeMs)) {
      this.span(timeMs, timed ? latencyMs : 0);
      const w = this.window(timeMs, this.txWindows);
      w.count++;
      if (error) w.errors++;
      if (timed) w.sketch.add(latencyMs);
    }
  }
  vus(timeMs, count4) {
    if (!Number.isFinite(count4)) return;
    if (this.maxVUs === void 0 || count4 > this.maxVUs) this.maxVUs = count4;
    if (timeMs === void 0 || !Number.isFinite(timeMs)) return;
    this.span(timeMs, 0);
    const w = this.window(timeMs);
    if (w.vus === void 0 || count4 > w.vus) w.vus = count4;
  }
  seen(timeMs) {
    if (Number.isFinite(timeMs)) this.span(timeMs, 0);
  }
  dropped(count4 = 1) {
    this.droppedIterations = (this.droppedIterations ?? 0) + count4;
  }
  phase(phase, ms3, weight = 1) {
    if (!Number.isFinite(ms3) || ms3 < 0) return;
    const sum3 = this.phaseSums.get(phase);
    if (sum3) {
      sum3.ms += ms3 * weight;
      sum3.n += weight;
    } else this.phaseSums.set(phase, { ms: ms3 * weight, n: weight });
  }
  iteration(count4 = 1) {
    this.iterations = (this.iterations ?? 0) + count4;
  }
  check(passed) {
    if (passed) this.passes++;
    else this.fails++;
  }
  version(version) {
    this.toolVersion ??= fromLatin1(version);
  }
  diagnostic(message, line, severity = "error") {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.suppressed++;
      return;
    }
    this.diagnostics.push({
      file: this.file,
      message: fromLatin1(message),
      ...line === void 0 ? {} : { line },
      ...severity === "warning" ? { severity } : {}
    });
  }
  /** Requests counted so far (a reader uses it to tell an empty file from a read one). */
  get requests() {
    return this.overallCount;
  }
  build() {
    const { tool, format, latencyKind } = this.options;
    const durationSec = this.lastMs > this.firstMs ? (this.lastMs - this.firstMs) / 1e3 : void 0;
    const txCount = this.txOverall.count + this.txUntimed;
    const onlyTransactions = this.overallCount === 0 && txCount > 0;
    if (onlyTransactions) {
      this.diagnostic(
        "The file has only Transaction Controller samples (their requests were not saved), so the overall row counts transactions.",
        void 0,
        "warning"
      );
    }
    const overall = onlyTransactions ? stats(
      OVERALL_NAME,
      void 0,
      this.txOverall,
      txCount,
      this.txErrors,
      /* @__PURE__ */ new Map(),
      durationSec,
      latencyKind
    ) : stats(
      OVERALL_NAME,
      void 0,
      this.overall,
      this.overallCount,
      this.overallErrors,
      this.overallKinds,
      durationSec,
      latencyKind
    );
    const endpoints = [...this.rows.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((r) => {
      const row2 = stats(
        r.name,
        r.method,
        r.sketch,
        r.count,
        r.errors,
        r.errorsByKind,
        durationSec,
        r.latencyKind ?? latencyKind
      );
      if (r.transaction) row2.kind = "transaction";
      return row2;
    });
    const run = {
      schema: "loadgate/run@1",
      source: { tool, format, file: this.files.join(", ") || this.file },
      profile: {},
      overall,
      endpoints,
      thresholds: []
    };
    if (this.toolVersion) run.source.version = this.toolVersion;
    if (this.maxVUs !== void 0) run.profile.maxVUs = this.maxVUs;
    if (durationSec !== void 0) run.profile.durationSec = durationSec;
    if (this.lastMs >= this.firstMs) run.span = { start: this.firstMs, end: this.lastMs };
    if (this.iterations !== void 0) run.profile.iterations = this.iterations;
    if (this.passes + this.fails > 0) run.checks = { passes: this.passes, fails: this.fails };
    if (this.droppedIterations !== void 0) run.delivery = { droppedIterations: this.droppedIterations };
    if (this.phaseSums.size > 0 && !onlyTransactions)
      overall.phases = Object.fromEntries(
        [...this.phaseSums].map(([phase, { ms: ms3, n }]) => [phase, round(ms3 / n)])
      );
    const windows2 = onlyTransactions ? this.txWindows : this.windows;
    if (windows2.size > 0) run.series = this.series(windows2);
    const templates = [...this.rows.values()].filter((r) => r.templated).length;
    if (templates > 0 || this.overflowRequests > 0) {
      run.folding = {
        templatedRequests: this.templatedRequests,
        templates,
        overflowRequests: this.overflowRequests,
        overflowNames: this.overflowNames.size,
        maxRows: this.maxEndpoints,
        ...this.overflowNamesCapped ? { overflowNamesCapped: true } : {}
      };
    }
    return run;
  }
  /** Diagnostics, with a last one counting those left out. */
  allDiagnostics() {
    if (this.suppressed === 0) return this.diagnostics;
    return [
      ...this.diagnostics,
      { file: this.file, message: `${this.suppressed} more problems of this file are not shown.` }
    ];
  }
  span(timeMs, latencyMs) {
    const start = this.options.stamps === "start" ? timeMs : timeMs - latencyMs;
    const end = this.options.stamps === "start" ? timeMs + latencyMs : timeMs;
    if (start < this.firstMs) this.firstMs = start;
    if (end > this.lastMs) this.lastMs = end;
  }
  window(timeMs, windows2 = this.windows) {
    const index = Math.floor(timeMs / this.windowMs);
    if (index === this.lastIndex && windows2 === this.lastWindows) return this.lastWindow;
    let w = windows2.get(index);
    if (!w) {
      w = { count: 0, errors: 0, sketch: new DDSketch() };
      windows2.set(index, w);
    }
    this.lastIndex = index;
    this.lastWindows = windows2;
    this.lastWindow = w;
    return w;
  }
  series(windows2) {
    return [...windows2.entries()].sort(([a], [b]) => a - b).map(([index, w]) => {
      const out = {
        start: index * this.windowMs,
        durationSec: this.windowMs / 1e3,
        count: w.count,
        errors: w.errors
      };
      if (w.count > 0) {
        out.p50 = round(w.sketch.quantile(0.5));
        out.p95 = round(w.sketch.quantile(0.95));
        out.p99 = round(w.sketch.quantile(0.99));
      }
      if (w.vus !== void 0) out.vus = w.vus;
      if (w.count > 0) out.sketch = w.sketch;
      return out;
    });
  }
  row(rawName, method, transaction) {
    const spaces = transaction ? this.transactionNames : this.requestNames;
    let space = spaces.get(method);
    if (!space) {
      space = { prefix: `${transaction ? "T" : "R"}${method ?? ""}`, names: /* @__PURE__ */ new Map(), folded: /* @__PURE__ */ new Map() };
      spaces.set(method, space);
    }
    const cached = space.names.get(rawName);
    if (cached) return cached;
    const prefix2 = space.prefix;
    const name = templateName(fromLatin1(rawName));
    let row2 = space.folded.get(name);
    if (!row2) {
      let key = `${prefix2} ${name}`;
      if (!this.rows.has(key) && this.rows.size >= this.maxEndpoints) {
        key = `R ${OTHER_ENDPOINTS}`;
        if (this.overflowNames.size < NAME_CACHE_LIMIT) this.overflowNames.add(`${prefix2} ${rawName}`);
        else this.overflowNamesCapped = true;
      }
      row2 = this.rows.get(key);
      if (!row2) {
        const other = key === `R ${OTHER_ENDPOINTS}`;
        row2 = {
          name: other ? OTHER_ENDPOINTS : name,
          ...method && !other ? { method } : {},
          templated: !other && name.includes("{id}") && name !== rawName,
          other,
          transaction,
          count: 0,
          errors: 0,
          errorsByKind: /* @__PURE__ */ new Map(),
          sketch: new DDSketch()
        };
        this.rows.set(key, row2);
      }
      if (row2.name !== OTHER_ENDPOINTS) space.folded.set(flat(name), row2);
    }
    if (name !== rawName && (++this.foldedMisses & 7) !== 0) return row2;
    if (space.names.size >= RAW_NAMES_KEPT) space.names.clear();
    space.names.set(flat(rawName), row2);
    return row2;
  }
};
function stats(name, method, sketch, count4, errors, kinds, durationSec, latencyKind) {
  const latency = {};
  if (sketch.count > 0) {
    latency.min = sketch.min;
    latency.mean = round(sketch.mean);
    latency.median = round(sketch.quantile(0.5));
    latency.max = sketch.max;
    latency.p90 = round(sketch.quantile(0.9));
    latency.p95 = round(sketch.quantile(0.95));
    latency.p99 = round(sketch.quantile(0.99));
  }
  const row2 = { name, latency, quality: "sketch", latencyKind, count: count4, errors };
  if (sketch.count > 0) row2.sketch = sketch;
  if (method) row2.method = method;
  const path2 = name === OVERALL_NAME || name === OTHER_ENDPOINTS ? void 0 : pathOf(name)?.replaceAll("%7Bid%7D", "{id}");
  if (path2 !== void 0) row2.path = path2;
  if (count4 > 0) row2.errorRate = errors / count4;
  if (count4 > 0 && durationSec) row2.throughput = count4 / durationSec;
  if (kinds.size > 0)
    row2.errorsByKind = Object.fromEntries(
      [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => [fromLatin1(k), n])
    );
  return row2;
}
function round(v) {
  return v === void 0 ? void 0 : Math.round(v * 1e3) / 1e3;
}
function flat(s) {
  return s.length < 13 ? s : Buffer.from(s, "latin1").toString("latin1");
}

// src/compare/comparability.ts
function checkComparability(baseline, current, tolerancePct) {
  const reasons = [];
  if (baseline.source.tool !== current.source.tool) {
    reasons.push(
      `baseline is ${toolRun(baseline.source.tool)}, current ${toolRun(current.source.tool)}; results of different tools measure latency differently`
    );
  }
  const b = baseline.profile;
  const c = current.profile;
  if (differs(b.maxVUs, c.maxVUs, tolerancePct)) {
    reasons.push(`baseline ran ${vus(b.maxVUs)}, current ${vus(c.maxVUs)}`);
  }
  if (arrivalsDiffer(b, c, tolerancePct)) {
    reasons.push(`baseline offered ${rate(b.arrivalRate)}, current ${rate(c.arrivalRate)}`);
  }
  const size = sizeDifference(b, c, tolerancePct);
  if (size) reasons.push(size);
  const scenarios = scenarioSetDifference(baseline, current);
  if (scenarios) reasons.push(scenarios);
  return { comparable: reasons.length === 0, reasons };
}
function requestRows(run) {
  return run.endpoints.filter((e) => e.kind !== "transaction" && e.name !== OTHER_ENDPOINTS);
}
function scenarioSetDifference(baseline, current) {
  const b = requestRows(baseline);
  const c = requestRows(current);
  if (b.length < 2 || c.length < 2) return void 0;
  const shared2 = matchEndpoints(b, c).filter((p) => p.baseline && p.current).length;
  if (shared2 * 2 >= Math.min(b.length, c.length)) return void 0;
  return `the runs share ${shared2} of their endpoints (baseline ${b.length}, current ${c.length}): they ran different scenarios`;
}
var SPAN_SLACK_SEC = 10;
function durationsDiffer(b, c, tol) {
  return differs(b.durationSec, c.durationSec, tol) && Math.abs((c.durationSec ?? 0) - (b.durationSec ?? 0)) > SPAN_SLACK_SEC;
}
function arrivalsDiffer(b, c, tol) {
  if (b.durationSec === void 0 || c.durationSec === void 0)
    return differs(b.arrivalRate, c.arrivalRate, tol);
  if (b.arrivalRate === void 0 || c.arrivalRate === void 0) return false;
  return differs(b.arrivalRate * b.durationSec, c.arrivalRate * c.durationSec, tol) || durationsDiffer(b, c, tol);
}
function sizeDifference(b, c, tol) {
  const durationKnown = b.durationSec !== void 0 && c.durationSec !== void 0;
  const iterationsKnown = b.iterations !== void 0 && c.iterations !== void 0;
  const durationDiffers = durationsDiffer(b, c, tol);
  const iterationsDiffer = differs(b.iterations, c.iterations, tol);
  if (durationKnown && iterationsKnown) {
    if (!(durationDiffers && iterationsDiffer)) return void 0;
    return `baseline ran ${seconds(b.durationSec)} and ${count(b.iterations)} iterations, current ${seconds(c.durationSec)} and ${count(c.iterations)} iterations`;
  }
  if (durationDiffers) return `baseline ran ${seconds(b.durationSec)}, current ${seconds(c.durationSec)}`;
  if (iterationsDiffer)
    return `baseline ran ${count(b.iterations)} iterations, current ${count(c.iterations)} iterations`;
  return void 0;
}
function differs(baseline, current, tolerancePct) {
  if (baseline === void 0 || current === void 0) return false;
  if (baseline === current) return false;
  if (baseline === 0) return true;
  return Math.abs(current - baseline) / Math.abs(baseline) * 100 > tolerancePct;
}
var vus = (n) => `${count(n)} ${n === 1 ? "VU" : "VUs"}`;
var rate = (n) => `${Number((n ?? 0).toFixed(1))} arrivals/s`;
var seconds = (n) => `${Number((n ?? 0).toFixed((n ?? 0) >= 10 ? 0 : 1))} s`;
var count = (n) => String(Math.round(n ?? 0));
function toolRun(tool) {
  const name = toolName(tool);
  return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name} run`;
}

// src/compare/unit-check.ts
var FACTORS = [1e3];
var SPREAD = 3;
function unitMismatch(baseline, current) {
  const b = baseline.overall.latency;
  const c = current.overall.latency;
  const keys = ["min", "median", "p95", "max", "mean"];
  const ratios = keys.flatMap((k) => {
    const x = b[k];
    const y = c[k];
    return x !== void 0 && y !== void 0 && x > 0 && y > 0 ? [{ k, x, y, r: x / y }] : [];
  });
  if (ratios.length < 2) return void 0;
  for (const factor of FACTORS) {
    for (const [side2, f] of [
      ["baseline", factor],
      ["current", 1 / factor]
    ]) {
      if (!ratios.every(({ r }) => r >= f / SPREAD && r <= f * SPREAD)) continue;
      const median2 = ratios.find((s) => s.k === "median") ?? ratios[0];
      const bigger = side2 === "baseline" ? "baseline" : "current";
      const smaller = side2 === "baseline" ? "current" : "baseline";
      return `the ${bigger}'s latencies are about ${factor}x the ${smaller}'s in every statistic (${median2.k === "median" ? "p50" : median2.k} ${fmt(median2.x)} ms vs ${fmt(median2.y)} ms): one file is probably in seconds and the other in milliseconds, so the runs are not compared; check how each result was written`;
    }
  }
  return void 0;
}
function fmt(n) {
  return String(Number(n.toPrecision(4)));
}

// src/compare/confidence.ts
var Z95 = 1.959963984540054;
function wilsonInterval(x, n, z = Z95) {
  if (n <= 0) return [0, 1];
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = z * Math.sqrt(x * (n - x) / n + z2 / 4) / (n + z2);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
function newcombeDifference(x1, n1, x2, n2, z = Z95) {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p2 - p1;
  return [d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)];
}
function normalCdf(x) {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(
    -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
function twoSidedP(z) {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
function twoProportionPValue(x1, n1, x2, n2) {
  if (n1 <= 0 || n2 <= 0) return 1;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  return twoSidedP((x2 / n2 - x1 / n1) / se);
}
function poissonRateInterval(x, t, z = Z95) {
  const z2 = z * z;
  const half = z * Math.sqrt(x + z2 / 4);
  return [Math.max(0, (x + z2 / 2 - half) / t), (x + z2 / 2 + half) / t];
}
function poissonRateDifference(x1, t1, x2, t2, z = Z95) {
  const r1 = x1 / t1;
  const r2 = x2 / t2;
  const [l1, u1] = poissonRateInterval(x1, t1, z);
  const [l2, u2] = poissonRateInterval(x2, t2, z);
  const d = r2 - r1;
  const ci = [
    d - Math.sqrt((r2 - l2) ** 2 + (u1 - r1) ** 2),
    d + Math.sqrt((u2 - r2) ** 2 + (r1 - l1) ** 2)
  ];
  const pooled = (x1 + x2) / (t1 + t2);
  const se = Math.sqrt(pooled * (1 / t1 + 1 / t2));
  return { ci, pValue: se === 0 ? 1 : twoSidedP(d / se) };
}

// src/compare/quantile-interval.ts
function rankInterval(n, q, z = Z95) {
  const spread = z * Math.sqrt(n * q * (1 - q));
  const low = Math.floor(n * q - spread) - 1;
  const high = Math.ceil(n * q + spread) - 1;
  return [Math.max(0, Math.min(n - 1, low)), Math.max(0, Math.min(n - 1, high))];
}
var SketchRanks = class {
  count;
  /** The sketch's relative accuracy: a value it answers is within α of the sample's. */
  alpha;
  cumulative;
  values;
  zeros;
  min;
  max;
  offset;
  constructor(sketch) {
    const json2 = sketch.toJSON();
    const gamma = (1 + json2.alpha) / (1 - json2.alpha);
    this.count = json2.count;
    this.alpha = json2.alpha;
    this.zeros = json2.zeros;
    this.min = json2.min;
    this.max = json2.max;
    this.offset = json2.offset;
    this.cumulative = new Float64Array(json2.bins.length);
    this.values = new Float64Array(json2.bins.length);
    let seen = json2.zeros;
    for (let i = 0; i < json2.bins.length; i++) {
      seen += json2.bins[i];
      this.cumulative[i] = seen;
      this.values[i] = 2 * Math.pow(gamma, json2.offset + i) / (1 + gamma);
    }
  }
  /** The value of the sample at 0-based rank r, as the sketch answers it (within its relative accuracy). */
  valueAt(rank) {
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    if (rank < this.zeros) return Math.max(0, this.min);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.cumulative[mid] > rank) hi = mid;
      else lo = mid + 1;
    }
    const v = this.values[lo];
    return v < this.min ? this.min : v > this.max ? this.max : v;
  }
  /** The bucket key of the sample at 0-based rank r; −Infinity for the zero bucket. */
  keyAt(rank) {
    if (rank < this.zeros || this.cumulative.length === 0) return -Infinity;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.cumulative[mid] > rank) hi = mid;
      else lo = mid + 1;
    }
    return this.offset + lo;
  }
  /** Samples in buckets up to and including `key` (the zero bucket counts as below every key). */
  countAtOrBelow(key) {
    if (key === -Infinity) return this.zeros;
    const i = key - this.offset;
    if (i < 0) return this.zeros;
    if (i >= this.cumulative.length) return this.count;
    return this.cumulative[i];
  }
  /** The q-quantile, the value DDSketch.quantile gives: the sample of rank q·(n − 1). */
  quantile(q) {
    return this.valueAt(q * (this.count - 1));
  }
  /**
   * The order-statistic interval of the q-quantile, in values, widened by the sketch's accuracy (the bucket
   * a value fell in), so that ranks all in one bucket do not claim more precision than the sketch has.
   */
  interval(q, z = Z95) {
    const [low, high] = rankInterval(this.count, q, z);
    return [
      Math.max(this.min, this.valueAt(low) * (1 - this.alpha)),
      Math.min(this.max, this.valueAt(high) * (1 + this.alpha))
    ];
  }
};
function quantileDifference(baseline, current, q, pooled) {
  if (baseline.count < 2 || current.count < 2) return void 0;
  const b = baseline.quantile(q);
  const c = current.quantile(q);
  const d = c - b;
  const at = (z) => {
    const [lb, ub] = baseline.interval(q, z);
    const [lc, uc] = current.interval(q, z);
    const low = d - Math.hypot(c - Math.min(lc, c), Math.max(ub, b) - b);
    const high = d + Math.hypot(Math.max(uc, c) - c, b - Math.min(lb, b));
    return [low, high];
  };
  const pValue = pooled ? quantileTest(baseline, current, pooled, q) : 1;
  return { change: d, ci: at(Z95), pValue };
}
function quantileTest(baseline, current, pooled, q) {
  const key = pooled.keyAt(q * (pooled.count - 1));
  return twoProportionPValue(
    baseline.countAtOrBelow(key),
    baseline.count,
    current.countAtOrBelow(key),
    current.count
  );
}
function samplesBeyond(count4, q) {
  return Math.floor(count4 * (1 - q));
}
var ranksCache = /* @__PURE__ */ new WeakMap();
function sketchRanks(sketch) {
  let ranks = ranksCache.get(sketch);
  if (!ranks || ranks.count !== sketch.count) {
    ranks = new SketchRanks(sketch);
    ranksCache.set(sketch, ranks);
  }
  return ranks;
}
var pooledCache = /* @__PURE__ */ new WeakMap();
function pooledRanks(baseline, current) {
  if (baseline.alpha !== current.alpha) return void 0;
  let inner = pooledCache.get(baseline);
  if (!inner) pooledCache.set(baseline, inner = /* @__PURE__ */ new WeakMap());
  let ranks = inner.get(current);
  if (!ranks) {
    const merged = DDSketch.fromJSON(baseline.toJSON());
    merged.merge(current);
    ranks = new SketchRanks(merged);
    inner.set(current, ranks);
  }
  return ranks;
}

// src/compare/metric-verdict.ts
var UNIT = {
  p50: "ms",
  p90: "ms",
  p95: "ms",
  p99: "ms",
  mean: "ms",
  "error-rate": "ratio",
  throughput: "req/s"
};
var QUANTILE = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };
var MIN_TAIL_SAMPLES = 10;
var LABEL = {
  p50: "p50",
  p90: "p90",
  p95: "p95",
  p99: "p99",
  mean: "Mean latency",
  "error-rate": "Error rate",
  throughput: "Throughput"
};
function judgeMetric(input) {
  const { metric, budget, baseline, current } = input;
  const unit = UNIT[metric];
  const label = LABEL[metric];
  const verdict = (decision, why, extra = {}) => ({
    metric,
    unit,
    ...baseline.value !== void 0 ? { baseline: baseline.value } : {},
    ...current.value !== void 0 ? { current: current.value } : {},
    ...extra,
    budget,
    decision,
    why
  });
  if (baseline.value === void 0 || current.value === void 0) {
    if (baseline.value === void 0 && current.value === void 0) {
      return verdict(
        "inconclusive",
        `Neither run reports ${label.toLowerCase()} here, so there is nothing to compare.`
      );
    }
    const side2 = baseline.value === void 0 ? "baseline" : "current";
    return verdict(
      "inconclusive",
      `The ${side2} run does not report ${label.toLowerCase()} here; results that report it on both sides would decide it.`
    );
  }
  const change = current.value - baseline.value;
  const changePct = baseline.value !== 0 ? change / Math.abs(baseline.value) * 100 : void 0;
  const numbers = { change, ...changePct !== void 0 ? { changePct } : {} };
  for (const [side2, count4] of [
    ["baseline", baseline.count],
    ["current", current.count]
  ]) {
    if (count4 !== void 0 && count4 < input.minRequests) {
      return verdict(
        "inconclusive",
        `Only ${count4} requests in the ${side2} run, fewer than min-requests (${input.minRequests}); at least ${input.minRequests} on both sides would decide it.`,
        numbers
      );
    }
  }
  const tested = testChange(metric, baseline, current, input.history);
  const ci = tested?.ci;
  if (baseline.count !== void 0 && current.count !== void 0)
    numbers.samples = { baseline: baseline.count, current: current.count };
  if (tested) {
    numbers.ci = tested.ci;
    numbers.pValue = tested.pValue;
    numbers.method = tested.method;
  } else numbers.method = "budget-only";
  const thin = thinTail(metric, baseline, current);
  const sign = budget.direction === "lower-is-better" ? 1 : -1;
  const worsening = sign * change;
  const moved = describeChange(metric, label, baseline.value, current.value, change, changePct);
  const limits = describeBudget(metric, budget);
  const beyond = (amount) => exceeds(amount, baseline.value ?? 0, budget);
  if (worsening > 0 && beyond(worsening)) {
    if (ci && !(sign > 0 ? ci[0] > 0 : ci[1] < 0)) {
      if (tested?.method === "history-t") {
        return verdict(
          "unchanged",
          `${moved}, beyond ${limits}, but within ${describeBand(metric, tested.history)}, so it may be noise.`,
          numbers
        );
      }
      const decide = thin ? thin.advice : "more requests would decide it";
      return verdict(
        "inconclusive",
        `${moved}, beyond ${limits}, but the 95 % CI of the change ${formatInterval(metric, ci)} includes 0; ${decide}.`,
        { ...numbers, reason: thin ? thin.reason : "interval includes 0: run longer" }
      );
    }
    const past = tested?.history;
    if (past && tested?.method !== "history-t" && !(sign > 0 ? past.ci[0] > 0 : past.ci[1] < 0)) {
      return verdict(
        "unchanged",
        `${moved}, beyond ${limits} and beyond the sampling noise of the two runs, but within ${describeBand(metric, past)}, so it may be run-to-run noise.`,
        numbers
      );
    }
    if (thin) {
      return verdict("inconclusive", `${moved}, beyond ${limits}, but ${thin.sentence}; ${thin.advice}.`, {
        ...numbers,
        reason: thin.reason
      });
    }
    return verdict(
      "regressed",
      `${moved}, beyond ${limits}.${noiseNote(metric, tested, baseline, current)}`,
      numbers
    );
  }
  if (worsening < 0 && beyond(-worsening)) {
    if (ci && !(sign > 0 ? ci[1] < 0 : ci[0] > 0)) {
      const within = tested?.method === "history-t" && tested.history ? `within ${describeBand(metric, tested.history)}` : `the 95 % CI of the change ${formatInterval(metric, ci)} includes 0`;
      return verdict("unchanged", `${moved}, beyond ${limits}, but ${within}, so it may be noise.`, numbers);
    }
    const past = tested?.history;
    if (past && !(sign > 0 ? past.ci[1] < 0 : past.ci[0] > 0)) {
      return verdict(
        "unchanged",
        `${moved}, beyond ${limits}, but within ${describeBand(metric, past)}, so it may be run-to-run noise.`,
        numbers
      );
    }
    if (thin) {
      return verdict(
        "unchanged",
        `${moved}, beyond ${limits}, but ${thin.sentence}, so it may be noise.`,
        numbers
      );
    }
    return verdict(
      "improved",
      `${moved}, beyond ${limits}.${noiseNote(metric, tested, baseline, current)}`,
      numbers
    );
  }
  return verdict(
    "unchanged",
    `${moved}, within ${withinWhich(worsening, baseline.value, metric, budget)}.`,
    numbers
  );
}
function exceeds(amount, baseline, budget) {
  const relativeOk = budget.relative === void 0 || (baseline === 0 ? amount > 0 : amount / Math.abs(baseline) * 100 > budget.relative);
  const absoluteOk = budget.absolute === void 0 || amount > budget.absolute;
  return relativeOk && absoluteOk;
}
function testChange(metric, baseline, current, history) {
  if (metric === "error-rate") {
    const { errors: x1, count: n1 } = baseline;
    const { errors: x2, count: n2 } = current;
    if (x1 === void 0 || x2 === void 0 || !n1 || !n2) return void 0;
    return {
      ci: newcombeDifference(x1, n1, x2, n2),
      pValue: twoProportionPValue(x1, n1, x2, n2),
      method: "two-proportion"
    };
  }
  if (metric === "throughput") {
    const { value: r1, count: x1 } = baseline;
    const { value: r2, count: x2 } = current;
    if (!r1 || !r2 || !x1 || !x2) return void 0;
    const d2 = poissonRateDifference(x1, x1 / r1, x2, x2 / r2);
    const h2 = history ? historyNoiseTest(history, r2) : void 0;
    return {
      ci: d2.ci,
      pValue: h2 ? Math.max(d2.pValue, h2.pValue) : d2.pValue,
      method: "poisson-rate",
      ...h2 ? { history: h2 } : {}
    };
  }
  const q = QUANTILE[metric];
  if (q === void 0) return void 0;
  if (!baseline.sketch || !current.sketch) {
    const h2 = history && current.value !== void 0 ? historyNoiseTest(history, current.value) : void 0;
    return h2 ? { ci: h2.ci, pValue: h2.pValue, method: "history-t", history: h2 } : void 0;
  }
  const d = quantileDifference(
    sketchRanks(baseline.sketch),
    sketchRanks(current.sketch),
    q,
    pooledRanks(baseline.sketch, current.sketch)
  );
  if (!d) return void 0;
  const h = history && current.value !== void 0 ? historyNoiseTest(history, current.value) : void 0;
  return {
    ci: d.ci,
    pValue: h ? Math.max(d.pValue, h.pValue) : d.pValue,
    method: "order-statistic",
    ...h ? { history: h } : {}
  };
}
function thinTail(metric, baseline, current) {
  const q = QUANTILE[metric];
  if (q === void 0 || baseline.count === void 0 || current.count === void 0) return void 0;
  const [side2, count4] = baseline.count <= current.count ? ["baseline", baseline.count] : ["current", current.count];
  const beyond = samplesBeyond(count4, q);
  if (beyond >= MIN_TAIL_SAMPLES) return void 0;
  const needed = Math.ceil(MIN_TAIL_SAMPLES / (1 - q));
  const label = LABEL[metric];
  return {
    sentence: `${label} of the ${side2} run rests on ${beyond} ${beyond === 1 ? "sample" : "samples"} above it (${count4} requests)`,
    advice: `a run of at least ${needed} requests would decide it`,
    reason: `${label} rests on ${beyond} ${beyond === 1 ? "sample" : "samples"}: run longer (\u2265 ${needed} requests)`
  };
}
function describeBand(metric, test) {
  const [lo, hi] = test.band;
  return `the 95 % prediction interval of the last ${test.runs} runs of the history, ${formatValue(metric, lo)}\u2013${formatValue(metric, hi)}`;
}
function noiseNote(metric, tested, baseline, current) {
  const ci = tested?.ci;
  if (tested?.method === "history-t" && tested.history)
    return ` It lies outside ${describeBand(metric, tested.history)}.`;
  const past = tested?.history ? ` It lies outside ${describeBand(metric, tested.history)} too.` : "";
  if (ci) return ` The 95 % CI of the change, ${formatInterval(metric, ci)}, excludes 0.${past}`;
  if (metric === "error-rate") return " No confidence interval: the request counts are not known.";
  if (metric === "throughput") return " No confidence interval: each run gives one throughput figure.";
  if (metric === "mean") return " No confidence interval: judged by the budget alone.";
  const q = baseline.quality === current.quality && baseline.quality ? ` (${baseline.quality})` : "";
  return ` No confidence interval: percentiles from one summary per run${q} carry no estimate of run-to-run noise.`;
}
function describeChange(metric, label, from, to, change, changePct) {
  if (change === 0) return `${label} stayed at ${formatValue(metric, from)}`;
  const verb = change > 0 ? "rose" : "fell";
  const pct2 = changePct !== void 0 ? `, ${signed(changePct, 1)} %` : "";
  return `${label} ${verb} from ${formatValue(metric, from)} to ${formatValue(metric, to)} (${formatDelta(metric, change)}${pct2})`;
}
function describeBudget(metric, budget) {
  const parts = budgetParts(metric, budget);
  if (parts.length === 0) return "a zero budget";
  return parts.length === 2 ? `both budgets (${parts.join(" and ")})` : `the ${parts[0]} budget`;
}
function budgetParts(metric, budget) {
  const s = budget.direction === "lower-is-better" ? "+" : "\u2212";
  const parts = [];
  if (budget.relative !== void 0) parts.push(`${s}${trim(budget.relative, 1)} %`);
  if (budget.absolute !== void 0) parts.push(`${s}${formatMagnitude(metric, budget.absolute)}`);
  return parts;
}
function withinWhich(worsening, baseline, metric, budget) {
  if (worsening <= 0) return "the budget";
  const s = budget.direction === "lower-is-better" ? "+" : "\u2212";
  if (budget.absolute !== void 0 && worsening <= budget.absolute) {
    return `the ${s}${formatMagnitude(metric, budget.absolute)} noise floor`;
  }
  if (budget.relative !== void 0 && baseline !== 0 && worsening / Math.abs(baseline) * 100 <= budget.relative) {
    return `the ${s}${trim(budget.relative, 1)} % budget`;
  }
  return "the budget";
}
function formatValue(metric, v) {
  if (UNIT[metric] === "ratio") return `${trim(v * 100, 2)} %`;
  if (UNIT[metric] === "req/s") return `${trim(v, 1)} req/s`;
  return `${trim(v, 1)} ms`;
}
function formatMagnitude(metric, v) {
  if (UNIT[metric] === "ratio") return `${trim(v * 100, 2)} pp`;
  if (UNIT[metric] === "req/s") return `${trim(v, 1)} req/s`;
  return `${trim(v, 1)} ms`;
}
function formatDelta(metric, v) {
  if (UNIT[metric] === "ratio") return `${signed(v * 100, 2)} pp`;
  return `${signed(v, 1)} ${UNIT[metric]}`;
}
function formatInterval(metric, [lo, hi]) {
  const scale = UNIT[metric] === "ratio" ? 100 : 1;
  const unit = UNIT[metric] === "ratio" ? "pp" : UNIT[metric];
  return `[${signed(lo * scale, 2)}, ${signed(hi * scale, 2)}] ${unit}`;
}
function signed(v, digits) {
  const t = trim(Math.abs(v), digits);
  if (t === "0") return "0";
  return `${v < 0 ? "\u2212" : "+"}${t}`;
}
function trim(v, digits) {
  return String(Number(v.toFixed(digits)));
}

// src/compare/compare.ts
function compareRuns(baseline, current, budgets = {}, options = {}) {
  const resolved = resolveBudgets(budgets);
  const past = (options.history ?? []).filter((e) => e.tool === current.source.tool).slice(-resolved.historyWindow);
  const checked = checkComparability(baseline, current, resolved.profileTolerancePct);
  const units = unitMismatch(baseline, current);
  const reasons = units ? [units, ...checked.reasons] : checked.reasons;
  const comparable = checked.comparable && !units;
  const notJudged = comparable ? void 0 : `Not judged: ${reasons.join("; ")}.`;
  const rows = [
    compareRow(
      { baseline: baseline.overall, current: current.overall },
      resolved,
      notJudged,
      past,
      (e) => e.overall
    ),
    ...matchEndpoints(baseline.endpoints, current.endpoints).map((pair2) => {
      const name = (pair2.current ?? pair2.baseline)?.name ?? "";
      return compareRow(pair2, resolved, notJudged, past, (e) => e.endpoints[name]);
    })
  ];
  const overallRow = rows[0];
  overallRow.name = OVERALL_NAME;
  if (comparable) {
    controlFalseDiscoveries(overallRow.metrics, resolved.falseDiscoveryRate);
    controlFalseDiscoveries(
      rows.slice(1).flatMap((r) => r.metrics),
      resolved.falseDiscoveryRate
    );
  }
  for (const row2 of rows) if (row2.presence === "both") row2.decision = rowDecision(row2.metrics);
  let verdict;
  if (!comparable) verdict = "not-comparable";
  else if (rows.some((r) => r.decision === "regressed")) verdict = "regressed";
  else if (overallRow.decision === "inconclusive") verdict = "inconclusive";
  else verdict = "pass";
  return {
    baseline: runRef(baseline),
    current: runRef(current),
    comparable,
    reasons,
    endpoints: rows,
    verdict,
    profile: { baseline: baseline.profile, current: current.profile },
    ...units ? { unitMismatch: units } : {}
  };
}
function historyValues(past, row2, metric) {
  if (metric !== "p50" && metric !== "p95" && metric !== "p99" && metric !== "throughput") return void 0;
  const values = past.flatMap((e) => {
    const v = row2(e)?.[metric];
    return v === void 0 ? [] : [v];
  });
  return values.length > 0 ? values : void 0;
}
function compareRow(pair2, budgets, notJudged, past, historyRow) {
  const named = pair2.current ?? pair2.baseline;
  const row2 = {
    name: named.name,
    presence: pair2.baseline && pair2.current ? "both" : pair2.baseline ? "baseline-only" : "current-only",
    metrics: [],
    decision: "inconclusive"
  };
  if (named.method) row2.method = named.method;
  if (named.path) row2.path = named.path;
  if (!pair2.baseline || !pair2.current) return row2;
  for (const { metric, budget } of budgets.metrics) {
    const verdict = judgeMetric({
      metric,
      budget,
      baseline: side(pair2.baseline, metric),
      current: side(pair2.current, metric),
      minRequests: budgets.minRequests,
      ...past.length > 0 ? { history: historyValues(past, historyRow, metric) } : {}
    });
    if (notJudged && verdict.decision !== "inconclusive") {
      verdict.decision = "inconclusive";
      verdict.why = notJudged;
    } else if (notJudged) verdict.why = notJudged;
    row2.metrics.push(verdict);
  }
  row2.decision = rowDecision(row2.metrics);
  return row2;
}
function rowDecision(metrics) {
  const counted2 = metrics.filter((m) => m.baseline !== void 0 || m.current !== void 0);
  if (counted2.length === 0) return "inconclusive";
  for (const d of ["regressed", "inconclusive", "improved"])
    if (counted2.some((m) => m.decision === d)) return d;
  return "unchanged";
}
function side(e, metric) {
  const s = { quality: e.quality };
  if (e.count !== void 0) s.count = e.count;
  if (e.errors !== void 0) s.errors = e.errors;
  if (e.sketch && e.sketch.count > 0) s.sketch = e.sketch;
  const value = metricValue(e, metric);
  if (value !== void 0) s.value = value;
  return s;
}
function runRef(run) {
  const ref = { file: run.source.file, tool: run.source.tool, format: run.source.format };
  if (run.source.version) ref.version = run.source.version;
  const origin = originOf(run);
  if (origin?.commit) ref.commit = origin.commit;
  if (origin?.ref) ref.ref = origin.ref;
  if (origin?.createdAt) ref.createdAt = origin.createdAt;
  return ref;
}

// src/analyze/numbers.ts
function ms(v) {
  if (v >= 1e4) return `${(v / 1e3).toFixed(1)} s`;
  if (v >= 100) return `${Math.round(v)} ms`;
  if (v >= 10) return `${v.toFixed(1).replace(/\.0$/, "")} ms`;
  return `${v.toFixed(2).replace(/\.?0+$/, "")} ms`;
}
function pct(fraction) {
  const p = fraction * 100;
  if (p >= 10 || p === 0) return `${Math.round(p)} %`;
  return `${p.toFixed(1).replace(/\.0$/, "")} %`;
}
function count2(n) {
  return Math.round(n).toLocaleString("en-US");
}
function rate2(perSecond) {
  return perSecond >= 10 ? `${Math.round(perSecond)} req/s` : `${perSecond.toFixed(1)} req/s`;
}
function times(ratio2) {
  return ratio2 >= 10 ? `${Math.round(ratio2)}\xD7` : `${ratio2.toFixed(1)}\xD7`;
}
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function round2(v, digits = 3) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// src/analyze/cardinality.ts
var TEMPLATED_SHARE = 0.05;
var TEMPLATED_MIN = 20;
var MANY_ROWS = 100;
var cardinality = {
  id: "cardinality",
  title: "Cardinality explosion (URL or metric names)",
  fires: 'Request names beyond the row cap were lumped into "(other endpoints)"; or 5 % or more of the requests (20 or more) had an id, UUID, hash or token in their name, folded into {id}; or a run has more than 100 endpoint rows.',
  indicates: "The script names requests by their raw URL, so every id makes a new name: per-endpoint numbers scatter over rows of a few requests each, the tool\u2019s own memory and metrics grow with every name, and comparisons with a baseline match nothing.",
  action: 'Name requests by their route: k6 tags: { name: "GET /items/{id}" } or http.url``, Locust name=, Artillery a name per request, JMeter sampler labels without ids, Gatling request names.',
  needs: ["folding", "endpoints"],
  detect({ current: run }) {
    const findings = [];
    const f = run.folding;
    const total = run.overall.count ?? 0;
    const recommendation = "Name requests by their route instead of the raw URL (k6 tags.name or http.url``, Locust name=, Artillery request names, JMeter labels without ids) so that each endpoint is one row.";
    if (f && f.overflowNames > 0) {
      findings.push({
        detector: "cardinality",
        severity: "high",
        message: `${count2(f.overflowNames)}${f.overflowNamesCapped ? " or more" : ""} distinct request names beyond the cap of ${count2(f.maxRows)} endpoint rows were lumped into "(other endpoints)" (${count2(f.overflowRequests)} requests${total ? `, ${pct(f.overflowRequests / total)}` : ""}): their numbers cannot be told apart or compared.`,
        recommendation,
        evidence: {
          overflowNames: f.overflowNames,
          overflowRequests: f.overflowRequests,
          maxRows: f.maxRows
        }
      });
    }
    if (f && f.templatedRequests >= TEMPLATED_MIN && total > 0 && f.templatedRequests / total >= TEMPLATED_SHARE) {
      findings.push({
        detector: "cardinality",
        severity: "medium",
        message: `${count2(f.templatedRequests)} requests (${pct(f.templatedRequests / total)}) had an id, UUID or token in their name; loadgate folded them into ${count2(f.templates)} ${f.templates === 1 ? "row" : "rows"} with {id}, but the tool itself kept one name per id.`,
        recommendation,
        evidence: { templatedRequests: f.templatedRequests, templates: f.templates }
      });
    }
    const rows = run.endpoints.length;
    if (findings.length === 0 && rows > MANY_ROWS) {
      findings.push({
        detector: "cardinality",
        severity: "low",
        message: `The run has ${count2(rows)} endpoint rows: names this many are usually raw URLs, and few of them have enough requests to judge.`,
        recommendation,
        evidence: { rows }
      });
    }
    return findings;
  }
};

// src/analyze/error-kinds.ts
function classify(kind) {
  const k = kind.toLowerCase();
  const status = /^(?:http|grpc) (\d{3})$/.exec(k)?.[1];
  if (status) {
    const code = Number(status);
    if (code === 401 || code === 403 || code === 407) return "auth";
    if (code === 404 || code === 410) return "not-found";
    if (code >= 500) return "server";
    return "client";
  }
  if (/eaddrnotavail|emfile|enobufs|too many open files/.test(k)) return "generator";
  if (/econnreset|epipe|socket hang up|remotedisconnected|connection reset/.test(k)) return "reset";
  if (/timedout|timeout|timed out/.test(k)) return "timeout";
  if (/econnrefused|connectexception|enotfound|eai_again|unknownhost|ehostunreach|enetunreach|no response|k6 error 1[0-2]\d\d/.test(
    k
  ))
    return "connection";
  if (/assert|check|expect/.test(k)) return "check";
  return "other";
}
function topKinds(stats3, max = 3) {
  return Object.entries(stats3.errorsByKind ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
}
function kindsText(kinds) {
  return kinds.map(([k, n]) => `${k} \xD7${count2(n)}`).join(", ");
}
function failingEndpoints(run, kind, max = 3) {
  const rows = run.endpoints.filter((e) => e.kind !== "transaction");
  const byKind = kind ? rows.map((e) => ({ name: e.name, errors: e.errorsByKind?.[kind] ?? 0 })).filter((e) => e.errors > 0) : [];
  const list = byKind.length ? byKind : rows.map((e) => ({ name: e.name, errors: e.errors ?? 0 })).filter((e) => e.errors > 0);
  return list.sort((a, b) => b.errors - a.errors || (a.name < b.name ? -1 : 1)).slice(0, max);
}
function adviceFor(kinds) {
  const classes = new Set(kinds.map(([k]) => classify(k)));
  if (classes.has("auth"))
    return "Fix the credentials the script sends (token, login step, its expiry): the service refused them.";
  if (classes.has("generator"))
    return "Add load generators or lower the rate per generator (the generator ran out of sockets), then rerun.";
  if (classes.has("connection"))
    return "Check that the target host is up and reachable from the load generator (URL, DNS, port, firewall) before reading any latency.";
  if (classes.has("not-found"))
    return "Fix the URLs the script requests (base URL, paths, test data ids): the service answered 404.";
  if (classes.has("server"))
    return "Read the service logs for that time: the 5xx responses came from the service or what it calls; scale the tier or raise its pools if it was saturated.";
  if (classes.has("timeout") || classes.has("reset"))
    return "Find what the service waited on when it stopped answering in time (pools, locks, a dependency) and raise that limit or scale the tier.";
  if (classes.has("check"))
    return "Read what the failed checks or assertions expected: the responses came back, but not as the script expects.";
  if (classes.has("client"))
    return "Fix the requests the script sends (payload, headers, test data): the service rejected them with 4xx.";
  return "Read the failures by kind and fix their cause before reading the latencies.";
}

// src/analyze/series.ts
var SERIES_FORMATS = "k6 --out json or csv, a JMeter JTL, an Artillery report, a Gatling simulation.log, Locust --csv history";
var NEEDS_SERIES = `needs per-window data: ${SERIES_FORMATS} (this format has totals only)`;
function activeWindows(run) {
  const series = run.series;
  if (!series || series.length === 0) return void 0;
  let first = 0;
  let last = series.length - 1;
  while (first <= last && series[first].count === 0) first++;
  while (last >= first && series[last].count === 0) last--;
  return series.slice(first, last + 1);
}
function coveredSeconds(windows2) {
  if (windows2.length === 0) return 0;
  const first = windows2[0];
  const last = windows2.at(-1);
  return (last.start - first.start) / 1e3 + last.durationSec;
}
function tooShort(seconds2, needs) {
  return `run too short: ${Math.round(seconds2)} s of requests, this detector needs ${needs} s`;
}
function spanOf(from, to) {
  return { start: from.start, end: to.start + to.durationSec * 1e3 };
}
function offset(run, at) {
  const start = run.series?.[0]?.start ?? run.span?.start ?? at;
  return duration((at - start) / 1e3);
}
function duration(seconds2) {
  const s = Math.max(0, Math.round(seconds2));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m < 60) return rest ? `${m} min ${rest} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}
function windowText(run, span) {
  return `${offset(run, span.start)} to ${offset(run, span.end)} into the run`;
}

// src/analyze/error-burst.ts
var MIN_WINDOWS = 3;
var BURST_FACTOR = 3;
var BURST_RATE = 0.1;
var BURST_ERRORS = 5;
var RISE_FACTOR = 2;
var RISE_RATE = 0.05;
var RISE_ERRORS = 10;
var RISE_FROM = 0.2;
var MAX_BURSTS = 3;
var errorBurst = {
  id: "error-burst",
  title: "Error bursts and a rising failure rate",
  fires: "A burst: a window (or a run of adjacent windows) fails at three times the run\u2019s failure rate or more, at 10 % or more and with 5 errors or more. A rise: the last third of the run fails at twice the first third or more, at 5 % or more and with 10 errors or more, after a first third that failed less than 20 %. The first window is left to failing-from-start, and a rise made mostly of a burst already told is not told again.",
  indicates: "Something gave out for a while (a restart, a full pool, a dependency, a deployment) or kept getting worse as the run went on (a leak, a growing queue). Grouped by status code or error message, with the endpoints that produced them.",
  action: "Read the service logs for that window and fix the cause the error kinds point at: scale the tier or raise its pools when it saturated, fix credentials or URLs when the failures are 4xx.",
  needs: ["series", "errors-by-kind"],
  detect({ current: run }) {
    const windows2 = activeWindows(run);
    if (!windows2) return { skipped: NEEDS_SERIES };
    if (windows2.length < MIN_WINDOWS)
      return { skipped: tooShort(coveredSeconds(windows2), MIN_WINDOWS * (windows2[0]?.durationSec ?? 10)) };
    const requests = sum(windows2, "count");
    const errors = sum(windows2, "errors");
    if (errors === 0 || requests === 0) return [];
    const runRate = errors / requests;
    const kinds = topKinds(run.overall);
    const found = bursts(windows2.slice(1), runRate);
    const findings = [...found].sort((a, b) => sum(b, "errors") - sum(a, "errors")).slice(0, MAX_BURSTS).map((burst) => burstFinding(run, burst, runRate, kinds));
    const rising = risingRate(run, windows2, kinds, new Set(found.flat()));
    if (rising) findings.push(rising);
    return findings;
  }
};
function burstFinding(run, burst, runRate, kinds) {
  const n = sum(burst, "count");
  const e = sum(burst, "errors");
  const span = spanOf(burst[0], burst.at(-1));
  const sources = failingEndpoints(run, kinds[0]?.[0]);
  const endpoint2 = onlySource(sources);
  return {
    detector: "error-burst",
    severity: e / n >= 0.5 ? "high" : "medium",
    message: `Errors burst to ${pct(e / n)} of requests (${count2(e)} of ${count2(n)}) ${windowText(run, span)}, against ${pct(runRate)} over the whole run${describe(kinds, sources)}.`,
    ...endpoint2 ? { endpoint: endpoint2 } : {},
    window: span,
    recommendation: adviceFor(kinds),
    evidence: {
      errors: e,
      requests: n,
      burstRate: round2(e / n),
      runRate: round2(runRate),
      ...kinds.length ? { kinds: kindsText(kinds) } : {}
    }
  };
}
function risingRate(run, windows2, kinds, inBursts) {
  if (windows2.length < 6) return void 0;
  const third = Math.floor(windows2.length / 3);
  const first = windows2.slice(0, third);
  const last = windows2.slice(-third);
  const firstRate = sum(first, "errors") / Math.max(1, sum(first, "count"));
  const lastErrors = sum(last, "errors");
  const lastRate = lastErrors / Math.max(1, sum(last, "count"));
  if (lastRate < RISE_RATE || lastErrors < RISE_ERRORS || lastRate < RISE_FACTOR * firstRate)
    return void 0;
  if (firstRate >= RISE_FROM) return void 0;
  if (sum(
    last.filter((w) => inBursts.has(w)),
    "errors"
  ) >= lastErrors / 2)
    return void 0;
  const sources = failingEndpoints(run, kinds[0]?.[0]);
  const endpoint2 = onlySource(sources);
  const span = spanOf(last[0], last.at(-1));
  return {
    detector: "error-burst",
    severity: lastRate >= 0.2 ? "high" : "medium",
    message: `The failure rate rose over the run: ${pct(firstRate)} in its first third, ${pct(lastRate)} in its last (${windowText(run, span)})${describe(kinds, sources)}.`,
    ...endpoint2 ? { endpoint: endpoint2 } : {},
    window: span,
    recommendation: `${adviceFor(kinds)} A rate that keeps rising points at something that accumulates (a leak, a growing queue, a pool that is not given back).`,
    evidence: {
      firstThirdRate: round2(firstRate),
      lastThirdRate: round2(lastRate),
      lastThirdErrors: lastErrors
    }
  };
}
function bursts(windows2, runRate) {
  const threshold = Math.max(BURST_FACTOR * runRate, BURST_RATE);
  const groups = [];
  let open2;
  for (const w of windows2) {
    const hot = w.count > 0 && w.errors >= BURST_ERRORS && w.errors / w.count >= threshold;
    if (hot) {
      if (!open2) groups.push(open2 = []);
      open2.push(w);
    } else open2 = void 0;
  }
  return groups;
}
function describe(kinds, sources) {
  const parts = [];
  if (kinds.length) parts.push(`errors over the run: ${kindsText(kinds)}`);
  if (sources.length) parts.push(`from ${sources.map((s) => `${s.name} (${count2(s.errors)})`).join(", ")}`);
  return parts.length ? `; ${parts.join("; ")}` : "";
}
function onlySource(sources) {
  const total = sources.reduce((s, x) => s + x.errors, 0);
  const top = sources[0];
  return top && top.errors >= 0.8 * total ? top.name : void 0;
}
function sum(windows2, key) {
  return windows2.reduce((s, w) => s + w[key], 0);
}

// src/analyze/failing-from-start.ts
var START_WINDOWS = 3;
var START_RATE = 0.5;
var MIN_ERRORS = 3;
var TOTALS_RATE = 0.9;
var failingFromStart = {
  id: "failing-from-start",
  title: "Failing from the start",
  fires: "Half the requests or more of the first three windows with requests failed (3 errors or more). With totals only (no windows), when 90 % or more of all requests failed.",
  indicates: "The run never worked: the credentials, the script (URLs, test data, checks) or the environment (host down, DNS, firewall) is wrong. It measured failures, not performance, so its latencies mean nothing.",
  action: "Fix what the error kinds point at (credentials for 401/403, URLs for 404, the host for connection errors) and rerun before reading any latency.",
  needs: ["series", "errors-by-kind"],
  detect({ current: run }) {
    const windows2 = activeWindows(run);
    const kinds = topKinds(run.overall);
    const sources = failingEndpoints(run, kinds[0]?.[0]);
    const from = sources.length ? `; from ${sources.map((s) => `${s.name} (${count2(s.errors)})`).join(", ")}` : "";
    const what = kinds.length ? `: ${kindsText(kinds)}` : "";
    if (!windows2 || windows2.length === 0) {
      const n2 = run.overall.count ?? 0;
      const e2 = run.overall.errors ?? 0;
      if (n2 > 0 && e2 >= MIN_ERRORS && e2 / n2 >= TOTALS_RATE)
        return [
          finding(
            `${count2(e2)} of ${count2(n2)} requests failed (${pct(e2 / n2)})${what}${from}. The run has no windows, so when it began is not known, but at this rate the run never worked.`,
            e2 / n2,
            kinds,
            void 0,
            single(sources)
          )
        ];
      return { skipped: NEEDS_SERIES };
    }
    const start = windows2.slice(0, START_WINDOWS);
    const n = start.reduce((s, w) => s + w.count, 0);
    const e = start.reduce((s, w) => s + w.errors, 0);
    if (n === 0 || e < MIN_ERRORS || e / n < START_RATE) return [];
    const rest = windows2.slice(START_WINDOWS);
    const restN = rest.reduce((s, w) => s + w.count, 0);
    const restE = rest.reduce((s, w) => s + w.errors, 0);
    const after = restN === 0 ? "" : restE / restN < 0.1 ? ` It recovered later (${pct(restE / restN)} failed after that), which points at a warm-up, a login step or test data that ran out at first.` : ` It kept failing afterwards (${pct(restE / restN)}).`;
    return [
      finding(
        `${pct(e / n)} of the requests in the first ${start.length === 1 ? "window" : `${start.length} windows`} failed (${count2(e)} of ${count2(n)})${what}${from}.${after}`,
        e / n,
        kinds,
        spanOf(start[0], start.at(-1)),
        single(sources)
      )
    ];
  }
};
function finding(message, failed, kinds, window, endpoint2) {
  return {
    detector: "failing-from-start",
    severity: failed >= TOTALS_RATE ? "high" : "medium",
    message,
    ...endpoint2 ? { endpoint: endpoint2 } : {},
    ...window ? { window } : {},
    recommendation: `${adviceFor(kinds)} This run measured failures, not performance: fix the script, credentials or environment and rerun.`,
    evidence: { failedShare: round2(failed), ...kinds.length ? { kinds: kindsText(kinds) } : {} }
  };
}
function single(sources) {
  return sources.length === 1 ? sources[0].name : void 0;
}

// src/analyze/generator-limit.ts
var MIN_ENDPOINTS = 3;
var MIN_REQUESTS = 20;
var SPREAD2 = 3;
var MIN_SHIFT_MS = 2;
var MIN_SHIFT_SHARE = 0.1;
var ADDITIVE_SPREAD = 0.35;
var generatorLimit = {
  id: "generator-limit",
  title: "Load generator limits",
  fires: "k6 dropped iterations (dropped_iterations > 0); errors only a generator makes (EADDRNOTAVAIL: out of local ports; EMFILE: out of file descriptors), with the ETIMEDOUT errors beside them; or, against a baseline, every endpoint\u2019s median rose by a similar number of milliseconds, the fast ones too (3 endpoints or more with 20 requests or more, baseline medians 3\xD7 apart or more, the rises within 35 % of each other and far closer than the ratios).",
  indicates: "The load generator, not the service, limited the run: it could not start the iterations asked for, ran out of sockets, or was so busy (CPU) that it added its own delay to every request. A slower service scales latencies (a 5 ms endpoint and a 500 ms endpoint both get 20 % slower); a busy generator adds the same milliseconds to each.",
  action: "Add load generators or lower the rate per generator (and check the generator\u2019s CPU), raise k6 preAllocatedVUs/maxVUs for dropped iterations, then rerun before reading the numbers as the service\u2019s.",
  needs: ["delivery", "errors-by-kind", "baseline"],
  detect({ current: run, baseline }) {
    const findings = [];
    const dropped = run.delivery?.droppedIterations ?? 0;
    if (dropped > 0) {
      const iterations = run.profile.iterations;
      const share = iterations ? dropped / (iterations + dropped) : void 0;
      findings.push({
        detector: "generator-limit",
        severity: share === void 0 || share >= 0.01 ? "high" : "medium",
        message: `k6 dropped ${count2(dropped)} iterations${share === void 0 ? "" : ` (${pct(share)} of those due)`}: the arrival-rate executor had no free VU to start them, so the load asked for was not offered.`,
        recommendation: "Raise preAllocatedVUs/maxVUs (or lower the rate); if the generator\u2019s CPU is busy, add load generators instead.",
        evidence: { droppedIterations: dropped, ...iterations ? { iterations } : {} }
      });
    }
    const generatorErrors = socketErrors(run);
    if (generatorErrors) findings.push(generatorErrors);
    if (baseline) {
      const additive = additiveShift(baseline, run);
      if (additive) findings.push(additive);
    }
    return findings;
  }
};
function socketErrors(run) {
  const kinds = Object.entries(run.overall.errorsByKind ?? {}).filter(([, n2]) => n2 > 0);
  const own = kinds.filter(([k]) => classify(k) === "generator");
  if (own.length === 0) return void 0;
  const timeouts = kinds.filter(([k]) => /^ETIMEDOUT$/i.test(k));
  const listed = [...own, ...timeouts];
  const n = listed.reduce((s, [, c]) => s + c, 0);
  const total = run.overall.count ?? 0;
  const failedVus = run.delivery?.vusersFailed;
  const createdVus = run.delivery?.vusersCreated;
  return {
    detector: "generator-limit",
    severity: "high",
    message: `The load generator ran out of sockets: ${listed.map(([k, c]) => `${k} \xD7${count2(c)}`).join(", ")}${total ? ` (${pct(n / total)} of ${count2(total)} requests)` : ""}${failedVus && createdVus ? `; ${count2(failedVus)} of ${count2(createdVus)} virtual users failed` : ""}. EADDRNOTAVAIL means no local port was free: these requests never reached the service.`,
    recommendation: "Add load generators or lower the arrival rate per generator (each generator has about 28,000 ephemeral ports; keep-alive reuses them), then rerun: this run measured the generator.",
    evidence: Object.fromEntries(listed)
  };
}
function additiveShift(baseline, current) {
  const pairs = matchEndpoints(baseline.endpoints, current.endpoints).filter(
    (p) => p.baseline && p.current && p.baseline.kind !== "transaction" && (p.baseline.count ?? 0) >= MIN_REQUESTS && (p.current.count ?? 0) >= MIN_REQUESTS && (p.baseline.latency.median ?? 0) > 0 && p.current.latency.median !== void 0
  ).map((p) => ({
    name: p.current.name,
    before: p.baseline.latency.median,
    after: p.current.latency.median
  }));
  if (pairs.length < MIN_ENDPOINTS) return void 0;
  const befores = pairs.map((p) => p.before);
  if (Math.max(...befores) < SPREAD2 * Math.min(...befores)) return void 0;
  const deltas = pairs.map((p) => p.after - p.before);
  const shift = median(deltas);
  if (shift < MIN_SHIFT_MS || shift < MIN_SHIFT_SHARE * median(befores)) return void 0;
  if (deltas.some((d) => d < 0.5 * shift)) return void 0;
  const ratios = pairs.map((p) => p.after / p.before - 1);
  const deltaSpread = relativeSpread(deltas);
  const ratioSpread = relativeSpread(ratios);
  if (deltaSpread > ADDITIVE_SPREAD || ratioSpread < 2 * deltaSpread) return void 0;
  const fastest = pairs.reduce((a, b) => b.before < a.before ? b : a);
  const slowest = pairs.reduce((a, b) => b.before > a.before ? b : a);
  return {
    detector: "generator-limit",
    severity: "high",
    message: `Against the baseline, every endpoint's median rose by about ${ms(shift)}, the fast ones too: ${fastest.name} ${ms(fastest.before)} \u2192 ${ms(fastest.after)} (${times(fastest.after / fastest.before)}), ${slowest.name} ${ms(slowest.before)} \u2192 ${ms(slowest.after)} (${times(slowest.after / slowest.before)}). The same milliseconds added everywhere is what a busy load generator does: the load generator, not the service.`,
    recommendation: "Add load generators or lower the rate per generator (check the generator\u2019s CPU during the run), then rerun before reading this as a regression of the service.",
    evidence: {
      shiftMs: round2(shift),
      endpoints: pairs.length,
      deltaSpread: round2(deltaSpread),
      ratioSpread: round2(ratioSpread)
    }
  };
}
function relativeSpread(values) {
  const m = median(values);
  if (m === 0) return Infinity;
  return median(values.map((v) => Math.abs(v - m))) / Math.abs(m);
}

// src/analyze/latency-phases.ts
var SETUP_SHARE = 0.3;
var SETUP_MS = 5;
var TRANSFER_SHARE = 0.4;
var TRANSFER_MS = 20;
var MIN_REQUESTS2 = 20;
var latencyPhases = {
  id: "latency-phases",
  title: "Latency phase breakdown",
  fires: "Connection setup (k6 blocked, which holds connecting and TLS handshaking; JMeter Connect) is 30 % or more of the mean request time and 5 ms or more; or transfer (sending + receiving; JMeter elapsed \u2212 Latency) is 40 % or more and 20 ms or more. Needs 20 requests or more: fewer are mostly first connections. Server time (waiting; JMeter Latency \u2212 Connect) dominating is the normal case and says nothing.",
  indicates: "Setup: connections are opened per request (no keep-alive, a pool too small, connection reuse turned off) or wait for a free slot, and TLS handshakes repeat. Transfer: responses are large or the link between generator and service is slow.",
  action: "Setup: reuse connections (keep-alive; k6 without noConnectionReuse; JMeter HttpClient4 with KeepAlive) or raise the connection pool. Transfer: shrink responses (compression, pagination) or move the generator closer to the service.",
  needs: ["phases"],
  detect({ current: run }) {
    const phases = run.overall.phases;
    if (!phases)
      return {
        skipped: "needs request phases: k6 --out json or a k6 summary (http_req_blocked, connecting, tls_handshaking, sending, waiting, receiving), or a JMeter JTL with Connect and Latency"
      };
    const requests = run.overall.count ?? 0;
    if (requests < MIN_REQUESTS2)
      return { skipped: `run too short: ${requests} requests, this detector needs ${MIN_REQUESTS2}` };
    const setup = Math.max(phases.blocked ?? 0, (phases.connecting ?? 0) + (phases.tlsHandshaking ?? 0));
    const server = phases.waiting ?? 0;
    const transfer = (phases.sending ?? 0) + (phases.receiving ?? 0);
    const total = setup + server + transfer;
    if (total <= 0) return [];
    const breakdown = `setup ${ms(setup)} (${pct(setup / total)}), server ${ms(server)} (${pct(server / total)}), transfer ${ms(transfer)} (${pct(transfer / total)})`;
    const evidence = {
      setupMs: round2(setup),
      serverMs: round2(server),
      transferMs: round2(transfer),
      ...phaseEvidence(phases)
    };
    const findings = [];
    if (setup / total >= SETUP_SHARE && setup >= SETUP_MS) {
      findings.push({
        detector: "latency-phases",
        severity: setup / total >= 0.5 ? "high" : "medium",
        message: `Connection setup is ${pct(setup / total)} of the mean request (${breakdown}): connections are opened per request or wait for a free slot${(phases.tlsHandshaking ?? 0) > 0 ? ", and TLS handshakes repeat" : ""}.`,
        recommendation: "Reuse connections: turn keep-alive on (k6: do not set noConnectionReuse; JMeter: HttpClient4 with Use KeepAlive) or raise the connection pool size.",
        evidence
      });
    }
    if (transfer / total >= TRANSFER_SHARE && transfer >= TRANSFER_MS) {
      findings.push({
        detector: "latency-phases",
        severity: "medium",
        message: `Transfer is ${pct(transfer / total)} of the mean request (${breakdown}): responses are large or the link between generator and service is slow.`,
        recommendation: "Shrink the responses (compression, pagination, fewer fields) or check the bandwidth between the load generator and the service.",
        evidence
      });
    }
    return findings;
  }
};
function phaseEvidence(phases) {
  return Object.fromEntries(
    Object.entries(phases).filter((e) => typeof e[1] === "number").map(([k, v]) => [`${k}Ms`, round2(v)])
  );
}

// src/analyze/regression-driver.ts
var EXPLAINS = 0.7;
var MAX_DRIVERS = 3;
var FAMILIES = [
  { label: "error rate", metrics: ["error-rate"] },
  { label: "latency", metrics: ["p95", "p99", "p90", "p50", "mean"] },
  { label: "throughput", metrics: ["throughput"] }
];
var regressionDriver = {
  id: "regression-driver",
  title: "Endpoints that explain the regression",
  fires: "The comparison with the baseline regressed on error rate, latency or throughput, and the run has 2 endpoints or more: names the fewest endpoints (up to three) that make up 70 % of the change, weighting each endpoint\u2019s change by its share of requests, and says how many others did not regress.",
  indicates: "Where a regression comes from: when only one endpoint fails more or got slower, the change is in that endpoint\u2019s code, queries or dependencies, and the rest of the service is not involved.",
  action: "Look at what changed for the endpoints named (their code, queries, dependencies, data) first; leave the unchanged endpoints alone.",
  needs: ["baseline", "endpoints"],
  detect({ comparison }) {
    if (!comparison) return { skipped: "needs a baseline to compare with (--baseline, the baseline input)" };
    if (!comparison.comparable)
      return { skipped: `the runs are not comparable: ${comparison.reasons.join("; ")}` };
    const [overall, ...rows] = comparison.endpoints;
    const both = rows.filter((r) => r.presence === "both");
    if (!overall || both.length < 2) return [];
    const findings = [];
    for (const family of FAMILIES) {
      const metric = family.metrics.find(
        (m) => verdictOf(overall, m)?.decision === "regressed" || both.some((r) => verdictOf(r, m)?.decision === "regressed")
      );
      if (!metric) continue;
      const finding2 = drivers(family.label, metric, overall, both);
      if (finding2) findings.push(finding2);
    }
    return findings;
  }
};
function drivers(label, metric, overall, rows) {
  const total = rows.reduce((s, r) => s + (verdictOf(r, metric)?.samples?.current ?? 0), 0);
  const shares = [];
  for (const row2 of rows) {
    const v = verdictOf(row2, metric);
    if (!v || v.baseline === void 0 || v.current === void 0) continue;
    const weight = metric === "throughput" || total === 0 ? 1 : (v.samples?.current ?? 0) / total;
    const worse = v.budget.direction === "higher-is-better" ? v.baseline - v.current : v.current - v.baseline;
    shares.push({ row: row2, verdict: v, part: worse * weight });
  }
  const positive = shares.filter((s) => s.part > 0).sort((a, b) => b.part - a.part);
  const sum3 = positive.reduce((s, x) => s + x.part, 0);
  if (sum3 <= 0) return void 0;
  const regressed = positive.filter((s) => s.verdict.decision === "regressed");
  const named = [];
  let covered = 0;
  for (const s of regressed.length ? regressed : positive) {
    if (named.length === MAX_DRIVERS || covered >= EXPLAINS * sum3) break;
    named.push(s);
    covered += s.part;
  }
  if (named.length === 0) return void 0;
  const others = rows.length - named.length;
  const unchanged = rows.filter(
    (r) => !named.some((n) => n.row === r) && verdictOf(r, metric)?.decision !== "regressed"
  ).length;
  const whole = verdictOf(overall, metric);
  const change = whole?.baseline !== void 0 && whole.current !== void 0 ? ` (${metricText(metric, whole.baseline)} \u2192 ${metricText(metric, whole.current)} over all requests)` : "";
  const list = named.map(
    (n) => `${n.row.name} ${metricText(metric, n.verdict.baseline)} \u2192 ${metricText(metric, n.verdict.current)}`
  ).join(", ");
  const subject = named.length === 1 ? named[0].row.name : `${named.length} endpoints`;
  const name = metric === "error-rate" || metric === "throughput" ? label : `${label} (${metric})`;
  const rest = unchanged === others ? `The other ${count2(others)} ${others === 1 ? "endpoint" : "endpoints"} did not regress.` : `${count2(unchanged)} of the other ${count2(others)} did not regress.`;
  const wholeRegressed = whole?.decision === "regressed";
  const message = wholeRegressed ? `${subject} ${named.length === 1 ? "explains" : "explain"} ${pct(Math.min(1, covered / sum3))} of the ${name} regression${change}: ${list}. ${rest}` : `Only ${list} regressed on ${name}; the run as a whole did not${change}. ${rest}`;
  return {
    detector: "regression-driver",
    severity: wholeRegressed ? "medium" : "low",
    message,
    endpoint: named[0].row.name,
    recommendation: `Look at what changed in ${named.map((n) => n.row.name).join(", ")} (code, queries, dependencies, test data) first; the other endpoints did not move.`,
    evidence: {
      metric,
      explained: round2(Math.min(1, covered / sum3)),
      drivers: named.map((n) => n.row.name).join(", ")
    }
  };
}
function verdictOf(row2, metric) {
  return row2.metrics.find((m) => m.metric === metric);
}
function metricText(metric, v) {
  if (metric === "error-rate") return pct(v);
  if (metric === "throughput") return rate2(v);
  return ms(v);
}

// src/analyze/saturation-knee.ts
var MIN_WINDOWS2 = 6;
var LOAD_RISE = 1.3;
var FLAT = 1.1;
var CLIMB = 1.5;
var MIN_CLIMB_MS = 20;
var MIN_REQUESTS3 = 10;
var SUPPORT = 2;
var saturationKnee = {
  id: "saturation-knee",
  title: "Throughput limit (saturation knee)",
  fires: "Load (active virtual users, or arrivals per second for open models) rises by 30 % or more past a window while throughput (successful requests per second) stays within 10 % of that window and p95 climbs by half or more (and by 20 ms), in at least two later windows. Needs 6 windows with 10 requests or more; the first and last windows, usually cut short, are left out.",
  indicates: "The system under test reached its capacity at that load: more users only queue, so latency rises and throughput does not. The load level named is where the knee began.",
  action: "Find the resource saturated at that load (CPU, a connection or thread pool, the database) and scale that tier or raise that limit; until then, that load is the capacity to plan with.",
  needs: ["series", "series-load"],
  detect({ current: run }) {
    const windows2 = activeWindows(run);
    if (!windows2) return { skipped: NEEDS_SERIES };
    if (!windows2.some((w) => w.vus !== void 0 || w.arrivals !== void 0))
      return {
        skipped: "needs the load per window (active virtual users or arrivals): k6 --out json, a JMeter JTL with allThreads, a Gatling simulation.log, Locust --csv history, an Artillery report"
      };
    const points = loadPoints(windows2.slice(1, -1));
    if (points.length < MIN_WINDOWS2)
      return { skipped: tooShort(coveredSeconds(windows2), MIN_WINDOWS2 * (windows2[0]?.durationSec ?? 10)) };
    const knee = findKnee(points);
    if (!knee) return [];
    const { at, later } = knee;
    const last = later.at(-1);
    const peakLoad = Math.max(...later.map((p) => p.load));
    const worstP95 = Math.max(...later.map((p) => p.p95));
    const laterThroughput = later.reduce((s, p) => s + p.throughput, 0) / later.length;
    const openModel = at.w.vus === void 0;
    const unit = (n) => openModel ? `${rate2(n).replace("req/s", "arrivals/s")}` : `${count2(n)} VUs`;
    const finding2 = {
      detector: "saturation-knee",
      severity: worstP95 >= 3 * at.p95 ? "high" : "medium",
      message: `Throughput stopped rising at about ${rate2(at.throughput)} once load reached ${unit(at.load)} (${offset(run, at.w.start)} into the run): load rose to ${unit(peakLoad)} (+${pct(peakLoad / at.load - 1)}) while throughput stayed at ${rate2(laterThroughput)} and p95 climbed from ${ms(at.p95)} to ${ms(worstP95)}.`,
      window: spanOf(at.w, last.w),
      recommendation: `Find the resource saturated at ${unit(at.load)} (CPU, a connection or thread pool, the database) and scale that tier or raise its pool; plan with about ${rate2(at.throughput)} as the capacity until then.`,
      evidence: {
        kneeLoad: round2(at.load),
        kneeThroughput: round2(at.throughput),
        kneeP95: round2(at.p95),
        peakLoad: round2(peakLoad),
        laterThroughput: round2(laterThroughput),
        worstP95: round2(worstP95),
        load: openModel ? "arrivals/s" : "VUs"
      }
    };
    return [finding2];
  }
};
function loadPoints(windows2) {
  const points = [];
  let vus2;
  for (const w of windows2) {
    if (w.vus !== void 0) vus2 = w.vus;
    const load = w.arrivals !== void 0 && w.vus === void 0 ? w.arrivals / w.durationSec : vus2;
    if (load === void 0 || load <= 0 || w.p95 === void 0 || w.count < MIN_REQUESTS3 || w.durationSec <= 0)
      continue;
    points.push({ w, load, throughput: (w.count - w.errors) / w.durationSec, p95: w.p95 });
  }
  return points;
}
function findKnee(points) {
  let best = 0;
  for (let k = 0; k < points.length - SUPPORT; k++) {
    const at = points[k];
    best = Math.max(best, at.throughput);
    if (at.throughput < 0.8 * best) continue;
    const later = points.slice(k + 1).filter(
      (p) => p.load >= LOAD_RISE * at.load && p.throughput <= FLAT * at.throughput && p.p95 >= CLIMB * at.p95 && p.p95 - at.p95 >= MIN_CLIMB_MS
    );
    const rose = points.slice(k + 1).filter((p) => p.load >= LOAD_RISE * at.load);
    if (later.length >= SUPPORT && later.length * 2 >= rose.length) return { at, later };
  }
  return void 0;
}

// src/analyze/slow-endpoint.ts
var FACTOR = 4;
var MIN_MS = 200;
var MIN_REQUESTS4 = 10;
var MIN_ROWS = 3;
var MAX_FINDINGS = 3;
var slowEndpoint = {
  id: "slow-endpoint",
  title: "Slowest endpoints",
  fires: "An endpoint\u2019s p95 (its median when the format gives no p95) is 4\xD7 the median endpoint\u2019s or more, and 200 ms or more; among runs with 3 endpoints or more of 10 requests or more. At most three, slowest first.",
  indicates: "Where the time goes: one or a few endpoints are far slower than the rest (a heavy query, a call to a slow dependency, no cache), and with their share of all request time they set the user\u2019s experience.",
  action: "Profile the endpoint named (its queries, the calls it makes, its payload) before tuning anything else; it is where most of the waiting is.",
  needs: ["endpoints"],
  detect({ current: run }) {
    const rows = run.endpoints.filter(
      (e) => e.kind !== "transaction" && (e.count ?? 0) >= MIN_REQUESTS4 && statOf(e) !== void 0
    );
    if (rows.length < MIN_ROWS)
      return {
        skipped: `needs ${MIN_ROWS} endpoints or more with ${MIN_REQUESTS4} requests or more and a p95 or median (this run has ${rows.length}): name requests per endpoint (k6 tags, Artillery metrics-by-endpoint, JMeter labels)`
      };
    const usesP95 = rows.every((e) => e.latency.p95 !== void 0);
    const stat4 = (e) => usesP95 ? e.latency.p95 : statOf(e);
    const typical = median(rows.map(stat4));
    const time = (e) => (e.count ?? 0) * (e.latency.mean ?? e.latency.median ?? stat4(e));
    const allTime = rows.reduce((s, e) => s + time(e), 0);
    const label = usesP95 ? "p95" : "median";
    return rows.filter((e) => stat4(e) >= MIN_MS && stat4(e) >= FACTOR * typical).sort((a, b) => stat4(b) - stat4(a)).slice(0, MAX_FINDINGS).map((e) => ({
      detector: "slow-endpoint",
      severity: stat4(e) >= 10 * typical ? "medium" : "low",
      message: `${e.name} is the slowest endpoint: ${label} ${ms(stat4(e))}, ${times(stat4(e) / Math.max(typical, 1e-3))} the median endpoint's ${ms(typical)}, over ${count2(e.count ?? 0)} requests${allTime > 0 ? ` (${pct(time(e) / allTime)} of all request time)` : ""}.`,
      endpoint: e.name,
      recommendation: `Profile ${e.name} first (its queries, the calls it makes, its payload): it is where most of the waiting is.`,
      evidence: {
        [label]: round2(stat4(e)),
        typical: round2(typical),
        requests: e.count ?? 0,
        ...allTime > 0 ? { timeShare: round2(time(e) / allTime) } : {}
      }
    }));
  }
};
function statOf(e) {
  return e.latency.p95 ?? e.latency.median;
}

// src/analyze/tail-latency.ts
var RATIO = 10;
var MIN_GAP_MS = 200;
var MIN_REQUESTS5 = 200;
var MAX_ENDPOINTS = 3;
var tailLatency = {
  id: "tail-latency",
  title: "Tail latency outliers (p99 / p50)",
  fires: "The p99 of the run, or of an endpoint with 200 requests or more, is 10\xD7 its median or more and 200 ms or more above it. The run first, then up to three endpoints, longest tail first.",
  indicates: "Most requests are fast but some are far slower: requests queue behind something intermittent (garbage collection pauses, lock contention, a cold cache, retries, a slow replica). The median hides it; one user in a hundred feels it.",
  action: "Trace the slowest requests (their timestamps against GC logs, lock waits, retries and cache misses) and remove the intermittent stall, rather than tuning the median.",
  needs: ["totals", "endpoints"],
  detect({ current: run }) {
    const rows = [run.overall, ...run.endpoints.filter((e) => e.kind !== "transaction")];
    if (!rows.some((e) => e.latency.p99 !== void 0 && e.latency.median !== void 0))
      return {
        skipped: "needs p99 and median: this format or its summaryTrendStats gives no p99 (k6: add p(99) to summaryTrendStats, or use --out json)"
      };
    const tails = rows.filter((e) => isTail(e));
    const overall = tails.find((e) => e === run.overall);
    const endpoints = tails.filter((e) => e !== run.overall).sort((a, b) => ratio(b) - ratio(a)).slice(0, MAX_ENDPOINTS);
    return [...overall ? [overall] : [], ...endpoints].map((e) => {
      const p50 = e.latency.median;
      const p99 = e.latency.p99;
      const whole = e === run.overall;
      return {
        detector: "tail-latency",
        severity: ratio(e) >= 50 ? "medium" : "low",
        message: `${whole ? "Over the whole run" : e.name}: p99 ${ms(p99)} is ${times(ratio(e))} the median ${ms(p50)} over ${count2(e.count ?? 0)} requests; one request in a hundred waits ${ms(p99 - p50)} longer than a typical one.`,
        ...whole ? {} : { endpoint: e.name },
        recommendation: `Trace the slowest requests${whole ? "" : ` of ${e.name}`} (timestamps against GC pauses, lock waits, retries, cache misses) and remove the intermittent stall rather than tuning the median.`,
        evidence: { p50: round2(p50), p99: round2(p99), ratio: round2(ratio(e), 1), requests: e.count ?? 0 }
      };
    });
  }
};
function isTail(e) {
  const { median: median2, p99 } = e.latency;
  if (median2 === void 0 || p99 === void 0 || (e.count ?? 0) < MIN_REQUESTS5) return false;
  return p99 - median2 >= MIN_GAP_MS && p99 >= RATIO * Math.max(median2, 1e-3);
}
function ratio(e) {
  return e.latency.p99 / Math.max(e.latency.median, 1e-3);
}

// src/analyze/registry.ts
var detectors = [
  failingFromStart,
  generatorLimit,
  saturationKnee,
  errorBurst,
  regressionDriver,
  latencyPhases,
  cardinality,
  slowEndpoint,
  tailLatency
];
function detectorById(id) {
  return detectors.find((d) => d.id === id);
}

// src/analyze/analyze.ts
var RANK = { high: 0, medium: 1, low: 2 };
function analyzeRun(current, options = {}) {
  const comparison = options.comparison ?? (options.baseline ? compareRuns(options.baseline, current) : void 0);
  const input = {
    current,
    ...options.baseline ? { baseline: options.baseline } : {},
    ...comparison ? { comparison } : {}
  };
  const findings = [];
  const skipped = [];
  detectors.forEach((detector, order) => {
    let outcome;
    try {
      outcome = detector.detect(input);
    } catch (error) {
      skipped.push({ detector: detector.id, reason: `failed: ${error.message}` });
      return;
    }
    if (Array.isArray(outcome)) for (const finding2 of outcome) findings.push({ finding: finding2, order });
    else skipped.push({ detector: detector.id, reason: outcome.skipped });
  });
  findings.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.order - b.order);
  return { findings: findings.map((f) => f.finding), skipped };
}
function topFindings(result, max = 3) {
  return result.findings.slice(0, max);
}

// src/engine/walk.ts
import { readdirSync } from "node:fs";
import { join, relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep4) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep4))
        return true;
    }
    const s = nextSep(f, k, sep4);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep4))
      k++;
  }
  return false;
};
var isSep = (c, sep4) => sep4 === "/" ? c === 47 : sep4 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep4) => {
  if (sep4 !== "both")
    return f.indexOf(sep4, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep4) => sep4 !== "both" ? f.lastIndexOf(sep4, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row2) => this.#rootIndex(row2));
    this.#endRows = this.set.map((row2, r) => this.#endCheck && row2.length - 1 > drives[r]);
    this.#literals = this.set.map((row2, r) => {
      const end = this.#endRows[r] ? row2.length - 1 : row2.length;
      const lits = row2.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row2, r) => {
      const [p0, p1, p2] = row2;
      if (this.#endRows[r] && row2.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row2.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row2.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row2.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row2) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row2[0]))
      return 0;
    const uncDrive = row2[0] === "" && row2[1] === "" && row2[2] === "?" && isDrive(row2[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row2);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row2, i) => {
      for (let k = 0; k < row2.length; k++) {
        if (row2[k] === PENDING) {
          row2[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row2, i) => {
          if (!(row2[k] instanceof Matcher || row2[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep4 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row2 = this.set[r];
      const p = row2[row2.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep4);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep4))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep4) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep4)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep4))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep4);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row2, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row2[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row2[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row2, head, dot, sep4) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep4))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep4); e !== -1; e = nextSep(f, s, sep4)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep4))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep4))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep4))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried2) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried2.has(key))
        return false;
      tried2.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried2);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// src/engine/walk.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "coverage"]);
function walkFiles(dir, onFile) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path2 = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walkFiles(path2, onFile);
    } else if (entry.isFile()) {
      onFile(path2);
    }
  }
}
function globFiles(base, pattern) {
  const parts = pattern.replace(/^\.\//, "").split("/");
  const prefix2 = parts.findIndex(isGlob);
  const start = resolve2(base, parts.slice(0, prefix2).join("/") || ".");
  const glob = parts.join("/");
  const files = [];
  walkFiles(start, (absolute) => {
    if (minimatch(relative2(base, absolute).split(sep3).join("/"), glob, { dot: true })) files.push(absolute);
  });
  return files.sort();
}

// src/engine/read-result-file.ts
import { createReadStream } from "node:fs";
import { open, readFile as readFile2, stat as stat3 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

// src/results/json.ts
function parseJson(text, file) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (body.trim() === "") {
    return fail(
      file,
      "The file is empty. Expected a JSON result file (k6 summary, Artillery report or loadgate run)."
    );
  }
  if (looksBinary(body)) {
    return fail(
      file,
      "The file is binary, not JSON. Expected a JSON result file (k6 summary, Artillery report or loadgate run).",
      1
    );
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const error = locateJsonError(body);
    const { line, column } = lineColumn(body, error.offset);
    const truncated = error.offset >= body.trimEnd().length ? " The file looks truncated." : "";
    return fail(file, `Invalid JSON at line ${line}, column ${column}: ${error.reason}.${truncated}`, line);
  }
}
function fail(file, message, line) {
  return { ok: false, diagnostic: line === void 0 ? { file, message } : { file, message, line } };
}
function looksBinary(text) {
  const head = text.slice(0, 1024);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > 8;
}
function lineColumn(text, offset2) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset2, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
function locateJsonError(text) {
  const stack = [];
  let i = 0;
  const n = text.length;
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const at = () => i < n ? JSON.stringify(text[i]) : "end of input";
  const err = (expected) => ({ offset: i, reason: `expected ${expected}, found ${at()}` });
  const scanString = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return void 0;
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return { offset: i, reason: "invalid \\u escape in string" };
          }
          i += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          return { offset: i, reason: "invalid escape in string" };
        }
      } else if (c < 32) return { offset: i, reason: "control character inside a string" };
      else i++;
    }
    return { offset: i, reason: "unterminated string" };
  };
  const scanNumber = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") return err("a value");
    i += m[0].length;
    return void 0;
  };
  const scanValue = () => {
    skipWs();
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      stack.push(ch === "{" ? "object" : "array");
      i++;
      return void 0;
    }
    if (ch === '"') return scanString();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return void 0;
      }
    }
    if (ch === "-" || ch !== void 0 && ch >= "0" && ch <= "9") return scanNumber();
    return err("a value");
  };
  let e = scanValue();
  if (e) return e;
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    skipWs();
    if (top === "object") {
      if (justOpened && text[i] === "}") {
        i++;
        stack.pop();
        justOpened = false;
        continue;
      }
      if (!justOpened) {
        if (text[i] === "}") {
          i++;
          stack.pop();
          continue;
        }
        if (text[i] !== ",") return err("',' or '}' after a property value");
        i++;
        skipWs();
      }
      if (text[i] !== '"') return err("a property name in double quotes");
      e = scanString();
      if (e) return e;
      skipWs();
      if (text[i] !== ":") return err("':' after a property name");
      i++;
    } else {
      if (justOpened && text[i] === "]") {
        i++;
        stack.pop();
        justOpened = false;
        continue;
      }
      if (!justOpened) {
        if (text[i] === "]") {
          i++;
          stack.pop();
          continue;
        }
        if (text[i] !== ",") return err("',' or ']' after an array element");
        i++;
      }
    }
    const depth = stack.length;
    e = scanValue();
    if (e) return e;
    justOpened = stack.length > depth;
  }
  skipWs();
  if (i < n) return { offset: i, reason: `unexpected ${at()} after the end of the JSON document` };
  return { offset: n, reason: "the document is not valid JSON" };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function finite(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function numericEntries(value) {
  const out = [];
  for (const [k, v] of Object.entries(value)) {
    const n = finite(v);
    if (n !== void 0) out.push([k, n]);
  }
  return Object.fromEntries(out);
}
function describeJsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  return `a ${typeof value}`;
}
function listKeys(value, max = 6) {
  if (!isObject(value)) return describeJsonType(value);
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty object";
  const shown = keys.slice(0, max).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}\u2026` : k));
  return `keys ${shown.join(", ")}${keys.length > max ? ` and ${keys.length - max} more` : ""}`;
}

// src/results/artillery/report-v1.ts
function readArtilleryV1(root, aggregate, file) {
  const latency = {};
  const l = isObject(aggregate.latency) ? numericEntries(aggregate.latency) : {};
  if (l.min !== void 0) latency.min = l.min;
  if (l.median !== void 0) latency.median = l.median;
  if (l.max !== void 0) latency.max = l.max;
  if (l.p95 !== void 0) latency.p95 = l.p95;
  if (l.p99 !== void 0) latency.p99 = l.p99;
  const errors = isObject(aggregate.errors) ? numericEntries(aggregate.errors) : {};
  const codes = isObject(aggregate.codes) ? numericEntries(aggregate.codes) : {};
  const byKind = Object.entries(errors);
  for (const [code, n] of Object.entries(codes)) if (Number(code) >= 400) byKind.push([`HTTP ${code}`, n]);
  const noResponse = Object.values(errors).reduce((s, n) => s + n, 0);
  const completed = finite(aggregate.requestsCompleted);
  const overall = { name: OVERALL_NAME, latency, quality: "reported-only" };
  const durationSec = phaseDuration(aggregate.phases ?? root.phases) ?? rpsDuration(aggregate.rps);
  if (completed !== void 0) {
    const count4 = completed + noResponse;
    overall.count = count4;
    overall.errors = Math.min(
      byKind.reduce((s, [, n]) => s + n, 0),
      count4
    );
    if (count4 > 0) overall.errorRate = overall.errors / count4;
    if (durationSec) overall.throughput = count4 / durationSec;
  }
  if (byKind.length > 0) overall.errorsByKind = Object.fromEntries(byKind);
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "artillery", format: "artillery-report", version: "1.x", file },
    profile: {},
    overall,
    endpoints: [],
    thresholds: []
  };
  if (durationSec !== void 0) run.profile.durationSec = durationSec;
  const created = finite(aggregate.scenariosCreated);
  if (created !== void 0 && durationSec) run.profile.arrivalRate = created / durationSec;
  if (typeof aggregate.timestamp === "string") run.meta = { createdAt: aggregate.timestamp };
  return { run, diagnostics: [] };
}
function phaseDuration(phases) {
  if (!Array.isArray(phases) || phases.length === 0) return void 0;
  let total = 0;
  for (const phase of phases) {
    const d = isObject(phase) ? Number(phase.duration) : NaN;
    if (!Number.isFinite(d) || d < 0) return void 0;
    total += d;
  }
  return total > 0 ? total : void 0;
}
function rpsDuration(rps) {
  if (!isObject(rps)) return void 0;
  const count4 = finite(rps.count);
  const mean = finite(rps.mean);
  return count4 && mean ? count4 / mean : void 0;
}

// src/results/artillery/report.ts
var BY_ENDPOINT = "plugins.metrics-by-endpoint.";
var RESPONSE_TIME = `${BY_ENDPOINT}response_time.`;
var artilleryReportReader = {
  format: "artillery-report",
  tool: "artillery",
  fileNameHint: /artillery|report/i,
  sniff: (head) => /"aggregate"\s*:\s*\{/.test(head) && /"(counters|intermediate|requestsCompleted|scenariosCreated)"\s*:/.test(head),
  read: readArtilleryReport
};
function readArtilleryReport(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const aggregate = isObject(root) ? root.aggregate : void 0;
  if (!isObject(root) || !isObject(aggregate)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an Artillery report: expected an object with "aggregate" (artillery run --output), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  if ("latency" in aggregate || "requestsCompleted" in aggregate) {
    return readArtilleryV1(root, aggregate, file);
  }
  if (!isObject(aggregate.counters)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an Artillery v2 report: expected "aggregate.counters" (an object), found ${describeJsonType(aggregate.counters)} in "aggregate" with ${listKeys(aggregate)}.`
        }
      ]
    };
  }
  return readV2(root, aggregate, aggregate.counters, file);
}
function readV2(root, aggregate, rawCounters, file) {
  const diagnostics = [];
  const counters = numericEntries(rawCounters);
  if (Object.keys(counters).some((k) => k.startsWith("core.") || k.startsWith("engine.http."))) {
    return {
      diagnostics: [
        {
          file,
          message: "This is an Artillery 2.0 pre-release report (core.* / engine.http.* metric names), which loadgate does not read. Re-run the test with a released Artillery 2.x."
        }
      ]
    };
  }
  const summaries = isObject(aggregate.summaries) ? aggregate.summaries : isObject(aggregate.histograms) ? aggregate.histograms : {};
  const durationSec = reportDuration(aggregate, root.intermediate);
  const requests = counters["http.requests"];
  if (requests === void 0) {
    diagnostics.push({
      file,
      message: 'The Artillery report has no "http.requests" counter, so there are no HTTP requests to compare (WebSocket, Socket.IO and Playwright scenarios are not read yet).'
    });
  }
  const overall = stats2(
    OVERALL_NAME,
    latencyOf(summaries["http.response_time"]),
    requests,
    outcomes(counters, "http.codes.", "errors."),
    durationSec
  );
  if (overall.throughput === void 0) {
    const rate3 = isObject(aggregate.rates) ? finite(aggregate.rates["http.request_rate"]) : void 0;
    if (rate3 !== void 0) overall.throughput = rate3;
  }
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "artillery", format: "artillery-report", file },
    profile: {},
    overall,
    endpoints: endpointRows(counters, summaries, durationSec),
    thresholds: []
  };
  if (durationSec !== void 0) run.profile.durationSec = durationSec;
  const created = counters["vusers.created"];
  if (created !== void 0 && durationSec) run.profile.arrivalRate = created / durationSec;
  const failed = counters["vusers.failed"];
  if (created !== void 0 && failed !== void 0)
    run.delivery = { vusersCreated: created, vusersFailed: failed };
  const expectOk = counters["plugins.expect.ok"];
  const expectFailed = counters["plugins.expect.failed"];
  if (expectOk !== void 0 || expectFailed !== void 0)
    run.checks = { passes: expectOk ?? 0, fails: expectFailed ?? 0 };
  const started = finite(aggregate.firstMetricAt);
  if (started !== void 0) run.meta = { createdAt: new Date(started).toISOString() };
  const series = intermediateSeries(root.intermediate);
  if (series.length > 0) run.series = series;
  return { run, diagnostics };
}
function intermediateSeries(intermediate) {
  if (!Array.isArray(intermediate)) return [];
  const windows2 = [];
  for (const entry of intermediate) {
    if (!isObject(entry) || !isObject(entry.counters)) continue;
    const start = finite(Number(entry.period)) ?? finite(entry.firstCounterAt);
    if (start === void 0) continue;
    const counters = numericEntries(entry.counters);
    const summaries = isObject(entry.summaries) ? entry.summaries : isObject(entry.histograms) ? entry.histograms : {};
    const row2 = stats2(
      "",
      latencyOf(summaries["http.response_time"]),
      counters["http.requests"] ?? 0,
      outcomes(counters, "http.codes.", "errors."),
      void 0
    );
    const first = finite(entry.firstCounterAt);
    const last = finite(entry.lastCounterAt);
    const window = {
      start,
      // The period is Artillery's reporting interval; its counters span first to last counter within it.
      durationSec: first !== void 0 && last !== void 0 && last > start ? Math.max(10, Math.ceil((last - start) / 1e3)) : 10,
      count: row2.count ?? 0,
      errors: row2.errors ?? 0
    };
    if (row2.latency.median !== void 0) window.p50 = row2.latency.median;
    if (row2.latency.p95 !== void 0) window.p95 = row2.latency.p95;
    if (row2.latency.p99 !== void 0) window.p99 = row2.latency.p99;
    if (counters["vusers.created"] !== void 0) window.arrivals = counters["vusers.created"];
    windows2.push(window);
  }
  return windows2.sort((a, b) => a.start - b.start);
}
function reportDuration(aggregate, intermediate) {
  const first = finite(aggregate.firstMetricAt) ?? finite(aggregate.firstCounterAt);
  const last = finite(aggregate.lastMetricAt) ?? finite(aggregate.lastCounterAt);
  if (first !== void 0 && last !== void 0 && last > first) return (last - first) / 1e3;
  if (Array.isArray(intermediate) && intermediate.length > 0) return intermediate.length * 10;
  return void 0;
}
function outcomes(counters, codePrefix, errorPrefix) {
  const out = { codes: /* @__PURE__ */ new Map(), errors: /* @__PURE__ */ new Map() };
  for (const [key, n] of Object.entries(counters)) {
    if (key.startsWith(codePrefix)) out.codes.set(key.slice(codePrefix.length), n);
    else if (key.startsWith(errorPrefix)) out.errors.set(key.slice(errorPrefix.length), n);
  }
  return out;
}
function stats2(name, latency, count4, outcome, durationSec) {
  const row2 = { name, latency, quality: "sketch" };
  const byKind = [...outcome.errors];
  for (const [code, n] of outcome.codes) if (Number(code) >= 400) byKind.push([`HTTP ${code}`, n]);
  const errorSum = byKind.reduce((s, [, n]) => s + n, 0);
  if (count4 !== void 0) {
    row2.count = count4;
    row2.errors = Math.min(errorSum, count4);
    if (count4 > 0) row2.errorRate = row2.errors / count4;
    if (durationSec) row2.throughput = count4 / durationSec;
  } else if (errorSum > 0) row2.errors = errorSum;
  if (byKind.length > 0) row2.errorsByKind = Object.fromEntries(byKind);
  return row2;
}
function latencyOf(summary) {
  if (!isObject(summary)) return {};
  const s = numericEntries(summary);
  const latency = {};
  const set = (key, v) => {
    if (v !== void 0) latency[key] = v;
  };
  set("min", s.min);
  set("mean", s.mean);
  set("median", s.p50 ?? s.median);
  set("max", s.max);
  set("p90", s.p90);
  set("p95", s.p95);
  set("p99", s.p99);
  return latency;
}
function endpointRows(counters, summaries, durationSec) {
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (name !== "" && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const key of Object.keys(summaries))
    if (key.startsWith(RESPONSE_TIME)) add(key.slice(RESPONSE_TIME.length));
  const codeKey = /^(.*)\.codes\.(\d{3})$/;
  const byEndpoint = Object.entries(counters).filter(
    ([k]) => k.startsWith(BY_ENDPOINT) && !k.startsWith(RESPONSE_TIME)
  );
  for (const [key] of byEndpoint) {
    const m = codeKey.exec(key.slice(BY_ENDPOINT.length));
    if (m?.[1]) add(m[1]);
  }
  for (const [key] of byEndpoint) {
    const rest = key.slice(BY_ENDPOINT.length);
    if (codeKey.test(rest) || names.some((n) => rest.startsWith(`${n}.errors.`))) continue;
    const at = rest.indexOf(".errors.");
    if (at > 0) add(rest.slice(0, at));
  }
  const owned = /* @__PURE__ */ new Map();
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  for (const [key, n] of byEndpoint) {
    const rest = key.slice(BY_ENDPOINT.length);
    const owner = longestFirst.find(
      (name) => rest.startsWith(`${name}.codes.`) || rest.startsWith(`${name}.errors.`)
    );
    if (owner === void 0) continue;
    const own = owned.get(owner) ?? {};
    own[rest.slice(owner.length + 1)] = n;
    owned.set(owner, own);
  }
  const foldedCount = /* @__PURE__ */ new Map();
  for (const name of names) {
    const folded = foldPlaceholders(name);
    foldedCount.set(folded, (foldedCount.get(folded) ?? 0) + 1);
  }
  return names.map((name) => {
    const own = owned.get(name) ?? {};
    const outcome = outcomes(own, "codes.", "errors.");
    const summary = summaries[`${RESPONSE_TIME}${name}`];
    const responses = [...outcome.codes.values()].reduce((s, n) => s + n, 0);
    const failed = [...outcome.errors.values()].reduce((s, n) => s + n, 0);
    const count4 = responses + failed > 0 ? responses + failed : isObject(summary) ? finite(summary.count) : void 0;
    const placeholders = foldPlaceholders(name);
    const folded = redactQuery(foldedCount.get(placeholders) === 1 ? placeholders : name);
    const row2 = stats2(folded, latencyOf(summary), count4, outcome, durationSec);
    const path2 = pathOf(folded.replace(/ \(.*\)$/, ""))?.replaceAll("%7Bid%7D", "{id}");
    if (path2 !== void 0) row2.path = path2;
    return row2;
  });
}

// src/results/autocannon/json.ts
var CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"];
var autocannonJsonReader = {
  format: "autocannon-json",
  tool: "autocannon",
  fileNameHint: /autocannon/i,
  sniff: (head) => /"latency"\s*:\s*\{/.test(head) && /"requests"\s*:\s*\{/.test(head) && /"throughput"\s*:\s*\{/.test(head) && /"(non2xx|statusCodeStats|2xx)"\s*:/.test(head),
  read: readAutocannonJson
};
function readAutocannonJson(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.latency) || !isObject(root.requests)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an autocannon result: expected an object with "latency" and "requests" (autocannon --json), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  const responses = finite(root.requests.total);
  if (responses === void 0) {
    return {
      diagnostics: [
        {
          file,
          message: `The autocannon result has no "requests.total" (found ${describeJsonType(root.requests.total)}), so the number of requests is unknown.`
        }
      ]
    };
  }
  const noResponse = count3(root.errors);
  const timeouts = count3(root.timeouts);
  const durationSec = finite(root.duration);
  const kinds = errorKinds(root, timeouts, noResponse);
  const nonOk = count3(root.non2xx) ?? sum2(kinds, (k) => k.startsWith("HTTP "));
  const requests = responses + (noResponse ?? 0);
  const failed = Math.min(requests, nonOk + (noResponse ?? 0));
  const overall = row(OVERALL_NAME, root.latency, requests, failed, kinds, durationSec);
  const endpoint2 = endpointName(root);
  const endpoints = [];
  if (endpoint2) {
    const own = row(endpoint2.name, root.latency, requests, failed, kinds, durationSec);
    if (endpoint2.path !== void 0) own.path = endpoint2.path;
    endpoints.push(own);
  }
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "autocannon", format: "autocannon-json", file },
    profile: {},
    overall,
    endpoints,
    thresholds: []
  };
  if (durationSec !== void 0) run.profile.durationSec = durationSec;
  const connections = count3(root.connections);
  if (connections !== void 0) run.profile.maxVUs = connections;
  const mismatches = count3(root.mismatches);
  if (mismatches) run.checks = { passes: Math.max(0, responses - mismatches), fails: mismatches };
  if (typeof root.start === "string" && Number.isFinite(Date.parse(root.start)))
    run.meta = { createdAt: new Date(Date.parse(root.start)).toISOString() };
  if (durationSec === void 0)
    diagnostics.push({
      file,
      severity: "warning",
      message: 'The autocannon result has no "duration", so its throughput is unknown.'
    });
  return { run, diagnostics };
}
function count3(value) {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : finite(value);
  return n !== void 0 && Number.isFinite(n) && n >= 0 ? n : void 0;
}
function errorKinds(root, timeouts, noResponse) {
  const kinds = [];
  const stats3 = isObject(root.statusCodeStats) ? root.statusCodeStats : void 0;
  const exact = stats3 ? Object.entries(stats3).flatMap(([code, v]) => {
    const n = isObject(v) ? count3(v.count) : void 0;
    return /^\d{3}$/.test(code) && !code.startsWith("2") && n ? [[`HTTP ${code}`, n]] : [];
  }) : [];
  if (exact.length > 0) kinds.push(...exact);
  else
    for (const c of CLASSES) {
      const n = count3(root[c]);
      if (c !== "2xx" && n) kinds.push([`HTTP ${c}`, n]);
    }
  if (timeouts) kinds.push(["timeout", timeouts]);
  const other = (noResponse ?? 0) - (timeouts ?? 0);
  if (other > 0) kinds.push(["connection error", other]);
  return kinds;
}
function sum2(kinds, which) {
  return kinds.reduce((s, [k, n]) => which(k) ? s + n : s, 0);
}
function row(name, latency, requests, failed, kinds, durationSec) {
  const stats3 = {
    name,
    count: requests,
    errors: failed,
    latency: latencyOf2(latency),
    quality: "reported-only",
    latencyKind: "total"
  };
  if (requests > 0) stats3.errorRate = failed / requests;
  if (durationSec) stats3.throughput = requests / durationSec;
  if (kinds.length > 0) stats3.errorsByKind = Object.fromEntries(kinds);
  return stats3;
}
function latencyOf2(h) {
  const latency = {};
  if (count3(h.totalCount) === 0) return latency;
  const set = (key, v) => {
    const n = finite(v);
    if (n !== void 0 && n >= 0) latency[key] = n;
  };
  set("min", h.min);
  set("mean", h.mean ?? h.average);
  set("median", h.p50);
  set("max", h.max);
  set("p90", h.p90);
  set("p99", h.p99);
  return latency;
}
function endpointName(root) {
  const urls = (Array.isArray(root.url) ? root.url : [root.url]).filter(
    (u) => typeof u === "string" && u !== ""
  );
  const folded = urls.map((u) => templateName(u));
  const raw = urls.length === 1 ? pathOf(urls[0]) : void 0;
  const path2 = raw === void 0 ? void 0 : templateName(raw);
  const title = typeof root.title === "string" && root.title.trim() !== "" ? root.title.trim() : void 0;
  const name = title ?? (folded.length > 0 ? folded.join(", ") : void 0);
  if (name === void 0) return void 0;
  return path2 === void 0 ? { name } : { name, path: path2 };
}

// src/results/gatling/sniff.ts
function sniffGatlingLog(head) {
  const body = head.charCodeAt(0) === 65279 ? head.slice(1) : head;
  const nl = body.indexOf("\n");
  const line = nl < 0 ? body : body.slice(0, nl);
  if (line.startsWith("ASSERTION	")) return true;
  if (line.startsWith("RUN	")) return line.split("	").length >= 6;
  return /^(REQUEST|USER|GROUP)\t.*\t(OK|KO|START|END)(\t|\r?$)/.test(line);
}
function sniffGatlingBinaryLog(head) {
  if (head.length < 8 || head.charCodeAt(0) !== 0) return false;
  const length = head.charCodeAt(1) << 24 | head.charCodeAt(2) << 16 | head.charCodeAt(3) << 8 | head.charCodeAt(4);
  if (length < 3 || length > 40 || head.length < 6 + length) return false;
  const coder = head.charCodeAt(5 + length);
  return (coder === 0 || coder === 1) && /^\d+\.\d+[\w.+-]*$/.test(head.slice(5, 5 + length));
}
function sniffGatlingStats(head) {
  return /^\s*\{\s*"type"\s*:\s*"GROUP"\s*,/.test(head) && /"numberOfRequests"\s*:\s*\{/.test(head);
}
function sniffGatlingGlobalStats(head) {
  return /^\s*\{\s*"name"\s*:/.test(head) && /"numberOfRequests"\s*:\s*\{/.test(head) && /"percentiles1"\s*:\s*\{/.test(head) && /"meanNumberOfRequestsPerSecond"\s*:/.test(head);
}

// src/results/gatling/stats-json.ts
var ASSERTIONS = "assertions.json";
var gatlingStatsReader = {
  format: "gatling-stats-json",
  tool: "gatling",
  fileNameHint: /^stats\.json$/i,
  sniff: sniffGatlingStats,
  companions: [ASSERTIONS],
  read: (text, file, companions) => readGatlingReport(text, file, "gatling-stats-json", companions)
};
var gatlingGlobalStatsReader = {
  format: "gatling-global-stats-json",
  tool: "gatling",
  fileNameHint: /global_stats\.json$/i,
  sniff: sniffGatlingGlobalStats,
  companions: [ASSERTIONS],
  read: (text, file, companions) => readGatlingReport(text, file, "gatling-global-stats-json", companions)
};
function readGatlingReport(text, file, format, companions) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const rootStats = format === "gatling-stats-json" ? isObject(root) ? root.stats : void 0 : root;
  if (!isObject(root) || !isObject(rootStats) || !isObject(rootStats.numberOfRequests)) {
    const what = format === "gatling-stats-json" ? 'a GROUP node with "stats" and "contents" (js/stats.json)' : 'an object with "numberOfRequests" (js/global_stats.json)';
    return {
      diagnostics: [
        {
          file,
          message: `Not a Gatling ${format === "gatling-stats-json" ? "stats.json" : "global_stats.json"}: expected ${what}, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  const overall = endpoint(OVERALL_NAME, rootStats, false);
  const count4 = overall.count;
  const rps = stat2(rootStats.meanNumberOfRequestsPerSecond);
  const endpoints = [];
  if (format === "gatling-stats-json") {
    const queue = [root];
    let skipped = 0;
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      const contents = isObject(node.contents) ? Object.values(node.contents) : [];
      for (const child of contents) {
        if (!isObject(child) || !isObject(child.stats) || !isObject(child.stats.numberOfRequests)) {
          skipped++;
          continue;
        }
        const name = typeof child.path === "string" && child.path !== "" ? child.path : String(child.name ?? "");
        if (child.type === "GROUP") {
          endpoints.push(endpoint(name, child.stats, true));
          queue.push(child);
        } else endpoints.push(endpoint(name, child.stats, false));
      }
    }
    if (skipped > 0)
      diagnostics.push({
        file,
        message: `${skipped} entries of "contents" have no "stats" with "numberOfRequests"; they were skipped.`,
        severity: "warning"
      });
  }
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "gatling", format, file },
    profile: {},
    overall,
    endpoints,
    thresholds: []
  };
  if (count4 !== void 0 && rps !== void 0 && rps > 0)
    run.profile.durationSec = Math.round(count4 / rps * 1e3) / 1e3;
  const assertions = companions?.get(ASSERTIONS);
  if (assertions !== void 0) {
    const read = readAssertions(assertions, ASSERTIONS);
    run.thresholds = read.thresholds;
    diagnostics.push(...read.diagnostics);
  }
  return { run, diagnostics };
}
function endpoint(name, stats3, group) {
  const count4 = stat2(stats3.numberOfRequests);
  const ko = isObject(stats3.numberOfRequests) ? num(stats3.numberOfRequests.ko) : void 0;
  const row2 = {
    name: name === OVERALL_NAME ? name : redactQuery(name),
    latency: {},
    quality: "reported-only",
    latencyKind: group ? "group-cumulated" : "total"
  };
  if (count4 !== void 0) row2.count = count4;
  if (ko !== void 0) row2.errors = ko;
  if (count4 && ko !== void 0) row2.errorRate = ko / count4;
  const rps = stat2(stats3.meanNumberOfRequestsPerSecond);
  if (rps !== void 0) row2.throughput = rps;
  if (count4) {
    const latency = row2.latency;
    const put = (key, value) => {
      const v = stat2(value);
      if (v !== void 0 && v >= 0) latency[key] = v;
    };
    put("min", stats3.minResponseTime);
    put("mean", stats3.meanResponseTime);
    put("median", stats3.percentiles1);
    put("max", stats3.maxResponseTime);
    put("p95", stats3.percentiles3);
    put("p99", stats3.percentiles4);
  }
  if (group) row2.kind = "transaction";
  const path2 = name === OVERALL_NAME ? void 0 : pathOf(name);
  if (path2 !== void 0) row2.path = path2;
  return row2;
}
function stat2(value) {
  return isObject(value) ? num(value.total) : void 0;
}
function num(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.replace(/,/g, ""))) {
    return Number(value.replace(/,/g, ""));
  }
  return void 0;
}
function readAssertions(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { thresholds: [], diagnostics: [{ ...parsed.diagnostic, severity: "warning" }] };
  const root = parsed.value;
  if (!isObject(root) || !Array.isArray(root.assertions)) {
    return {
      thresholds: [],
      diagnostics: [
        {
          file,
          message: `Not a Gatling assertions.json (expected an "assertions" array); the assertions were not read.`,
          severity: "warning"
        }
      ]
    };
  }
  const thresholds = [];
  for (const a of root.assertions) {
    if (!isObject(a) || typeof a.result !== "boolean") continue;
    const path2 = typeof a.path === "string" && a.path !== "" ? a.path : "Global";
    const target = typeof a.target === "string" ? a.target : "";
    const condition = typeof a.condition === "string" ? a.condition : "";
    const values = Array.isArray(a.conditionValues) ? a.conditionValues.map(String) : [];
    let expression = [target, condition].filter((s) => s !== "").join(" ");
    if (values.length > 0 && !/\d/.test(condition)) expression += ` ${values.join(", ")}`;
    if (expression === "" && typeof a.message === "string") expression = a.message;
    thresholds.push({ metric: path2, expression, ok: a.result });
  }
  return { thresholds, diagnostics: [] };
}

// src/results/k6/submetric.ts
function parseMetricKey(key) {
  const open2 = key.indexOf("{");
  if (open2 <= 0 || !key.endsWith("}")) return { metric: key };
  const metric = key.slice(0, open2).trim();
  const body = key.slice(open2 + 1, -1);
  const tags = /* @__PURE__ */ new Map();
  for (const part of splitTags(body)) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    tags.set(part.slice(0, colon).trim(), unquote(part.slice(colon + 1).trim()));
  }
  return { metric, tags: Object.fromEntries(tags) };
}
function splitTags(body) {
  const parts = [];
  let current = "";
  let quote;
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = void 0;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      if (/:\s*$/.test(current)) quote = ch;
      current += ch;
    } else if (ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((p) => p.trim() !== "");
}
function unquote(value) {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first))
    return value.slice(1, -1);
  return value;
}
function tagSetKey(tags) {
  return Object.entries(tags).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}:${v}`).join(",");
}

// src/results/k6/build-run.ts
var FAMILIES2 = [
  { duration: "http_req_duration", reqs: "http_reqs", failed: "http_req_failed" },
  { duration: "grpc_req_duration", reqs: "grpc_reqs", failed: void 0 }
];
var NAME_TAGS = ["name", "url", "group"];
var TREND_STATS = [
  ["min", "min"],
  ["avg", "mean"],
  ["med", "median"],
  ["max", "max"],
  ["p(90)", "p90"],
  ["p(95)", "p95"],
  ["p(99)", "p99"]
];
function buildK6Run(summary) {
  const diagnostics = [];
  const byKey = new Map(summary.metrics.map((m) => [m.key, m]));
  const hasMetric = (name) => summary.metrics.some((m) => m.key === name || parseMetricKey(m.key).metric === name);
  const family = FAMILIES2.find((f) => hasMetric(f.duration)) ?? FAMILIES2[0];
  const durationSec = summary.durationSec ?? deriveDuration(summary.metrics, family.reqs);
  const overall = endpointStats(
    OVERALL_NAME,
    byKey.get(family.duration),
    byKey.get(family.reqs),
    family.failed && byKey.get(family.failed),
    durationSec
  );
  if (!byKey.has(family.duration)) {
    diagnostics.push({
      file: summary.file,
      message: "The k6 summary has no http_req_duration (or grpc_req_duration) metric, so there is no request latency to compare. Expected the summary of a test that sends HTTP or gRPC requests."
    });
  }
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "k6", format: summary.format, file: summary.file },
    profile: {},
    overall,
    endpoints: endpointRows2(summary.metrics, family, durationSec),
    thresholds: thresholdResults(summary.metrics)
  };
  if (summary.version) run.source.version = summary.version;
  const vusMax = byKey.get("vus_max")?.values;
  const maxVUs = vusMax?.max ?? vusMax?.value;
  if (maxVUs !== void 0) run.profile.maxVUs = maxVUs;
  if (durationSec !== void 0) run.profile.durationSec = durationSec;
  const iterations = byKey.get("iterations")?.values.count;
  if (iterations !== void 0) run.profile.iterations = iterations;
  const dropped = byKey.get("dropped_iterations")?.values.count;
  if (dropped !== void 0) run.delivery = { droppedIterations: dropped };
  const checks = summary.checks ?? checksFromMetric(byKey.get("checks"));
  if (checks) run.checks = checks;
  if (summary.createdAt) run.meta = { createdAt: summary.createdAt };
  if (family.duration === "http_req_duration") {
    const phases = phaseMeans(byKey);
    if (phases) overall.phases = phases;
  }
  return { run, diagnostics };
}
var PHASE_METRICS = [
  ["http_req_blocked", "blocked"],
  ["http_req_connecting", "connecting"],
  ["http_req_tls_handshaking", "tlsHandshaking"],
  ["http_req_sending", "sending"],
  ["http_req_waiting", "waiting"],
  ["http_req_receiving", "receiving"]
];
function phaseMeans(byKey) {
  const phases = {};
  for (const [metric, phase] of PHASE_METRICS) {
    const avg = byKey.get(metric)?.values.avg;
    if (avg !== void 0 && Number.isFinite(avg)) phases[phase] = avg;
  }
  return Object.keys(phases).length > 0 ? phases : void 0;
}
function deriveDuration(metrics, preferred) {
  const counters = [...metrics].sort((a, b) => Number(b.key === preferred) - Number(a.key === preferred));
  for (const m of counters) {
    if (m.key.includes("{")) continue;
    const { count: count4, rate: rate3 } = m.values;
    if ((m.type === "counter" || m.type === void 0) && count4 !== void 0 && rate3 !== void 0) {
      if (count4 > 0 && rate3 > 0) return count4 / rate3;
    }
  }
  return void 0;
}
function endpointStats(name, trend, reqs, failed, durationSec) {
  const latency = {};
  for (const [from, to] of TREND_STATS) {
    const v = trend?.values[from];
    if (v !== void 0) latency[to] = v;
  }
  const stats3 = { name, latency, quality: "exact" };
  const fv = failed?.values;
  const failedTotal = fv?.passes !== void 0 && fv.fails !== void 0 ? fv.passes + fv.fails : void 0;
  const count4 = reqs?.values.count ?? failedTotal ?? trend?.values.count;
  if (count4 !== void 0) stats3.count = count4;
  const errors = fv?.passes ?? (fv?.rate !== void 0 && count4 !== void 0 ? Math.round(fv.rate * count4) : void 0);
  if (errors !== void 0) stats3.errors = errors;
  const errorRate = failedTotal ? (fv?.passes ?? 0) / failedTotal : fv?.rate;
  if (errorRate !== void 0) stats3.errorRate = errorRate;
  const throughput = reqs?.values.rate ?? (count4 !== void 0 && durationSec ? count4 / durationSec : void 0);
  if (throughput !== void 0) stats3.throughput = throughput;
  return stats3;
}
function endpointRows2(metrics, family, durationSec) {
  const companions = /* @__PURE__ */ new Map();
  const trends = [];
  for (const m of metrics) {
    const { metric, tags } = parseMetricKey(m.key);
    if (!tags || "expected_response" in tags) continue;
    const setKey = tagSetKey(tags);
    if (metric === family.duration) trends.push({ tags, metric: m });
    else if (metric === family.reqs) companions.set(setKey, { ...companions.get(setKey), reqs: m });
    else if (family.failed && metric === family.failed)
      companions.set(setKey, { ...companions.get(setKey), failed: m });
  }
  return trends.map(({ tags, metric }) => {
    const c = companions.get(tagSetKey(tags));
    const row2 = endpointStats(endpointName2(tags), metric, c?.reqs, c?.failed, durationSec);
    const method = tags.method;
    if (method) row2.method = method.toUpperCase();
    const path2 = pathOf(tags.url ?? tags.name ?? "");
    if (path2 !== void 0) row2.path = path2;
    return row2;
  });
}
function endpointName2(tags) {
  const primary = NAME_TAGS.find((t) => tags[t] !== void 0);
  const rest = Object.entries(tags).filter(([k]) => k !== primary && k !== "method");
  const extra = rest.map(([k, v]) => `${k}:${redactQuery(v)}`).join(",");
  if (primary) return redactQuery(tags[primary] ?? "") + (extra ? ` {${extra}}` : "");
  if (extra) return `{${extra}}`;
  return tags.method ?? "{}";
}
function thresholdResults(metrics) {
  return metrics.flatMap(
    (m) => m.thresholds.map((t) => ({ metric: m.key, expression: t.expression, ok: t.ok }))
  );
}
function checksFromMetric(checks) {
  const passes = checks?.values.passes;
  const fails = checks?.values.fails;
  return passes !== void 0 && fails !== void 0 ? { passes, fails } : void 0;
}

// src/results/k6/machine-readable.ts
var METRIC_TYPES = /* @__PURE__ */ new Set(["counter", "gauge", "rate", "trend"]);
var k6MachineReadableReader = {
  format: "k6-machine-readable-summary",
  tool: "k6",
  sniff: (head) => /"version"\s*:/.test(head) && /"results"\s*:\s*\{/.test(head) && /"metrics"\s*:\s*\[/.test(head) && !/"aggregate"\s*:/.test(head),
  read: readK6MachineReadable
};
function readK6MachineReadable(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const results = isObject(root) && isObject(root.results) ? root.results : void 0;
  if (!isObject(root) || typeof root.version !== "string" || !results || !Array.isArray(results.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 machine-readable summary: expected "version" and "results.metrics" (an array), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  if (!root.version.startsWith("1.")) {
    diagnostics.push({
      file,
      message: `Machine-readable summary version "${root.version}" is newer than the 1.x this loadgate knows; read as 1.0.0, some values may be missing.`
    });
  }
  const metrics = [];
  results.metrics.forEach((raw, index) => {
    if (!isObject(raw) || typeof raw.name !== "string" || !isObject(raw.values)) {
      diagnostics.push({
        file,
        message: `results.metrics[${index}] is skipped: expected an object with "name" and "values", found ${isObject(raw) ? listKeys(raw) : describeJsonType(raw)}.`
      });
      return;
    }
    const values = numericEntries(raw.values);
    const type = typeof raw.type === "string" && METRIC_TYPES.has(raw.type) ? raw.type : void 0;
    if (type === "rate" && values.matches !== void 0 && values.total !== void 0) {
      values.passes = values.matches;
      values.fails = values.total - values.matches;
    }
    metrics.push({ key: raw.name, ...type ? { type } : {}, values, thresholds: [] });
  });
  const config = isObject(root.config) ? root.config : {};
  const metadata = isObject(root.metadata) ? root.metadata : {};
  const duration2 = finite(config.duration);
  const checks = sumChecks(isObject(results.checks) ? results.checks.results : void 0);
  const result = buildK6Run({
    format: "k6-machine-readable-summary",
    file,
    metrics,
    ...duration2 !== void 0 && duration2 > 0 ? { durationSec: duration2 } : {},
    ...checks ? { checks } : {},
    ...typeof metadata.k6Version === "string" ? { version: metadata.k6Version } : {},
    ...typeof metadata.generatedAt === "string" ? { createdAt: metadata.generatedAt } : {}
  });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}
function sumChecks(list) {
  if (!Array.isArray(list) || list.length === 0) return void 0;
  let passes = 0;
  let fails = 0;
  for (const c of list) {
    if (!isObject(c)) continue;
    passes += finite(c.passes) ?? 0;
    fails += finite(c.fails) ?? 0;
  }
  return { passes, fails };
}

// src/results/k6/group-checks.ts
function sumGroupChecks(rootGroup) {
  let passes = 0;
  let fails = 0;
  let seen = false;
  const pending = [rootGroup];
  for (let visited = 0; pending.length > 0 && visited < 1e5; visited++) {
    const group = pending.pop();
    if (!isObject(group)) continue;
    for (const check of members(group.checks)) {
      if (!isObject(check)) continue;
      const p = finite(check.passes);
      const f = finite(check.fails);
      if (p === void 0 || f === void 0) continue;
      passes += p;
      fails += f;
      seen = true;
    }
    pending.push(...members(group.groups));
  }
  return seen ? { passes, fails } : void 0;
}
function members(value) {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return Object.values(value);
  return [];
}

// src/results/k6/summary-export.ts
var k6SummaryExportReader = {
  format: "k6-summary-export",
  tool: "k6",
  fileNameHint: /export/i,
  sniff: (head) => /"metrics"\s*:\s*\{/.test(head) && !/"values"\s*:\s*\{/.test(head) && !/"aggregate"\s*:/.test(head) && /"(root_group|http_reqs|http_req_duration|iterations|vus_max|checks|data_sent)"\s*:\s*\{/.test(head),
  read: readK6SummaryExport
};
function readK6SummaryExport(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 summary export: expected an object with a "metrics" map, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  const metrics = [];
  for (const [key, raw] of Object.entries(root.metrics)) {
    if (!isObject(raw)) {
      diagnostics.push({
        file,
        message: `Metric "${key}" is skipped: expected an object of statistics, found ${describeJsonType(raw)}.`
      });
      continue;
    }
    metrics.push(readFlatMetric(key, raw));
  }
  const checks = root.metrics.checks === void 0 ? sumGroupChecks(root.root_group) : void 0;
  const result = buildK6Run({ format: "k6-summary-export", file, metrics, ...checks ? { checks } : {} });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}
function readFlatMetric(key, raw) {
  const { thresholds: rawThresholds, ...stats3 } = raw;
  const values = numericEntries(stats3);
  const type = inferType(values);
  if (type === "rate") {
    const total = (values.passes ?? 0) + (values.fails ?? 0);
    const rate3 = total > 0 ? (values.passes ?? 0) / total : values.value;
    delete values.value;
    if (rate3 !== void 0) values.rate = rate3;
  }
  const thresholds = [];
  if (isObject(rawThresholds)) {
    for (const [expression, failed] of Object.entries(rawThresholds)) {
      if (typeof failed === "boolean") thresholds.push({ expression, ok: !failed });
      else if (isObject(failed) && typeof failed.ok === "boolean")
        thresholds.push({ expression, ok: failed.ok });
    }
  }
  return { key, ...type ? { type } : {}, values, thresholds };
}
function inferType(values) {
  if ("passes" in values && "fails" in values) return "rate";
  if ("count" in values && "rate" in values) return "counter";
  if ("avg" in values || "med" in values || Object.keys(values).some((k) => k.startsWith("p(")))
    return "trend";
  if ("value" in values && "min" in values && "max" in values) return "gauge";
  return void 0;
}

// src/results/k6/summary.ts
var METRIC_TYPES2 = /* @__PURE__ */ new Set(["counter", "gauge", "rate", "trend"]);
var k6SummaryReader = {
  format: "k6-summary",
  tool: "k6",
  fileNameHint: /summary/i,
  sniff: (head) => /"metrics"\s*:\s*\{/.test(head) && /"values"\s*:\s*\{/.test(head) && !/"aggregate"\s*:/.test(head),
  read: readK6Summary
};
function readK6Summary(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 handleSummary object: expected an object with a "metrics" map, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  const metrics = [];
  for (const [key, raw] of Object.entries(root.metrics)) {
    const metric = readMetric(key, raw);
    if (typeof metric === "string") diagnostics.push({ file, message: metric });
    else metrics.push(metric);
  }
  const state = isObject(root.state) ? root.state : void 0;
  const durationMs = finite(state?.testRunDurationMs);
  const result = buildK6Run({
    format: "k6-summary",
    file,
    metrics,
    ...durationMs !== void 0 && durationMs > 0 ? { durationSec: durationMs / 1e3 } : {},
    ...root.metrics.checks === void 0 ? optionalChecks(root.root_group) : {}
  });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}
function optionalChecks(rootGroup) {
  const checks = sumGroupChecks(rootGroup);
  return checks ? { checks } : {};
}
function readMetric(key, raw) {
  if (!isObject(raw) || !isObject(raw.values)) {
    return `Metric "${key}" is skipped: expected an object with "values", found ${isObject(raw) ? listKeys(raw) : describeJsonType(raw)}.`;
  }
  const values = numericEntries(raw.values);
  const type = typeof raw.type === "string" && METRIC_TYPES2.has(raw.type) ? raw.type : void 0;
  const thresholds = [];
  if (isObject(raw.thresholds)) {
    for (const [expression, result] of Object.entries(raw.thresholds)) {
      if (isObject(result) && typeof result.ok === "boolean") thresholds.push({ expression, ok: result.ok });
    }
  }
  return { key, ...type ? { type } : {}, values, thresholds };
}

// src/results/csv-table.ts
function readCsvTable(text) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const records = new CsvRecords(",");
  const lines = body.split("\n");
  let header;
  const rows = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!records.open && line.trim() === "") continue;
    const record = records.push(line, i + 1);
    if (!record) continue;
    if (!header) header = record.fields.map((f) => f.trim());
    else rows.push(record);
  }
  const table = { header: header ?? [], rows };
  if (records.unterminated !== void 0) table.unterminated = records.unterminated;
  return table;
}
function headLine(head) {
  const body = head.charCodeAt(0) === 65279 ? head.slice(1) : head;
  const nl = body.indexOf("\n");
  return (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, "");
}
function headerFields(line) {
  return line.split(",").map((f) => f.trim().replace(/^"(.*)"$/, "$1"));
}
function csvNumber(field2) {
  if (field2 === void 0) return void 0;
  const t = field2.trim();
  if (t === "" || t === "N/A") return void 0;
  const n = Number(t);
  return Number.isFinite(n) ? n : void 0;
}

// src/results/locust/columns.ts
var COLUMNS = {
  type: ["type", "method"],
  name: ["name"],
  count: ["request count", "# requests"],
  failures: ["failure count", "# failures"],
  median: ["median response time"],
  mean: ["average response time"],
  min: ["min response time"],
  max: ["max response time"],
  rps: ["requests/s"],
  // history
  timestamp: ["timestamp"],
  users: ["user count"],
  totalCount: ["total request count"],
  totalFailures: ["total failure count"],
  totalMedian: ["total median response time"],
  totalMean: ["total average response time"],
  totalMin: ["total min response time"],
  totalMax: ["total max response time"],
  // failures
  error: ["error"],
  occurrences: ["occurrences"]
};
function columnsOf(header) {
  const lower = header.map((h) => h.trim().toLowerCase());
  const index = {};
  for (const [column, names] of Object.entries(COLUMNS)) {
    const at = lower.findIndex((h) => names.includes(h));
    if (at >= 0) index[column] = at;
  }
  const percentiles = lower.map((h, i) => ({ m: /^(\d+(?:\.\d+)?)%$/.exec(h), i })).filter((p) => p.m).map((p) => ({ fraction: Number(p.m[1]) / 100, index: p.i }));
  return { index, percentiles };
}
function field(fields, columns, column) {
  const i = columns.index[column];
  return i === void 0 ? void 0 : fields[i];
}
function numberField(fields, columns, column) {
  return csvNumber(field(fields, columns, column));
}
function quantilePoints(fields, columns) {
  const points = [];
  for (const { fraction, index } of columns.percentiles) {
    const v = csvNumber(fields[index]);
    if (v !== void 0) points.push([fraction, v]);
  }
  return points;
}
function isTotalRow(type, name) {
  const t = (type ?? "").trim();
  return (t === "" || t === "None") && (name === "Aggregated" || name === "Total");
}

// src/results/locust/failures-csv.ts
var locustFailuresCsvReader = {
  format: "locust-failures-csv",
  tool: "locust",
  fileNameHint: /_failures\.csv$/i,
  sniff: (head) => {
    const lower = headerFields(headLine(head)).map((h) => h.toLowerCase());
    return lower.includes("error") && lower.includes("occurrences") && lower.includes("name");
  },
  read: (_text, file) => ({ diagnostics: [companionOnly(file, "failures")] })
};
var locustExceptionsCsvReader = {
  format: "locust-exceptions-csv",
  tool: "locust",
  fileNameHint: /_exceptions\.csv$/i,
  sniff: (head) => /^"?Count"?,"?Message"?,"?Traceback"?/.test(headLine(head)),
  read: (_text, file) => ({ diagnostics: [companionOnly(file, "exceptions")] })
};
function companionOnly(file, what) {
  return {
    file,
    message: `This Locust ${what} file has no request counts, so it is no run by itself: give it together with the _stats.csv of the same run (e.g. results_*.csv).`
  };
}
function parseLocustFailures(text, file) {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const failures = [];
  const diagnostics = [];
  for (const { fields, line } of table.rows) {
    const occurrences = numberField(fields, columns, "occurrences");
    const name = field(fields, columns, "name");
    if (fields.length !== table.header.length || occurrences === void 0 || name === void 0) {
      diagnostics.push({ file, line, message: "This failures row could not be read: it was skipped." });
      continue;
    }
    const method = field(fields, columns, "type")?.trim();
    failures.push({
      ...method && method !== "None" ? { method } : {},
      name,
      error: field(fields, columns, "error") ?? "",
      occurrences
    });
  }
  if (table.unterminated !== void 0) {
    diagnostics.push({
      file,
      line: table.unterminated,
      message: "A quoted field opens here and never closes: the file looks cut short; the rows before were read.",
      severity: "warning"
    });
  }
  return { failures, diagnostics };
}
function errorKind(error) {
  const folded = error.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/gi, "/{id}").replace(/\/\d+(?=[/'"\s)?,]|$)/g, "/{id}").trim();
  return folded.length > 160 ? `${folded.slice(0, 157)}...` : folded;
}

// src/results/summary-rows.ts
var MAX_ROWS = 200;
var OTHER_ENDPOINTS2 = "(other endpoints)";
function foldSummaryRows(rows, options) {
  const groups = /* @__PURE__ */ new Map();
  let templatedRequests = 0;
  for (const row2 of rows) {
    const name = templateName(row2.name);
    const templated = name !== row2.name && name.includes("{id}");
    if (templated) templatedRequests += row2.count;
    const key = `${row2.method ?? ""} ${name}`;
    let group = groups.get(key);
    if (!group) {
      group = { name, ...row2.method ? { method: row2.method } : {}, rows: [], templated: false };
      groups.set(key, group);
    }
    group.rows.push(row2);
    if (templated) group.templated = true;
  }
  const maxRows = options.maxRows ?? MAX_ROWS;
  const ordered = [...groups.values()].map((g) => ({ ...g, count: g.rows.reduce((n, r) => n + r.count, 0) })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const kept = ordered.slice(0, maxRows);
  const overflow = ordered.slice(maxRows);
  const endpoints = kept.map((g) => combineRows(g.name, g.method, g.rows, options));
  let overflowRequests = 0;
  let overflowNames = 0;
  if (overflow.length > 0) {
    const rest = overflow.flatMap((g) => g.rows);
    overflowRequests = rest.reduce((n, r) => n + r.count, 0);
    overflowNames = rest.length;
    endpoints.push(combineRows(OTHER_ENDPOINTS2, void 0, rest, options));
  }
  const templates = kept.filter((g) => g.templated).length;
  if (templates === 0 && overflowRequests === 0 && overflow.length === 0) return { endpoints };
  return {
    endpoints,
    folding: { templatedRequests, templates, overflowRequests, overflowNames, maxRows }
  };
}
function combineRows(name, method, rows, options) {
  const count4 = rows.reduce((n, r) => n + r.count, 0);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const latency = {};
  const timed = rows.filter((r) => r.count > 0);
  const mins = timed.map((r) => r.min).filter((v) => v !== void 0);
  const maxs = timed.map((r) => r.max).filter((v) => v !== void 0);
  if (mins.length === timed.length && mins.length > 0) latency.min = Math.min(...mins);
  if (maxs.length === timed.length && maxs.length > 0) latency.max = Math.max(...maxs);
  if (timed.length > 0 && timed.every((r) => r.mean !== void 0)) {
    const weight = timed.reduce((n, r) => n + r.count, 0);
    latency.mean = round3(timed.reduce((s, r) => s + r.mean * r.count, 0) / weight);
  }
  const at = quantileFunction(timed);
  if (at) {
    const p50 = at(0.5);
    if (p50 !== void 0) latency.median = p50;
    const p90 = at(0.9);
    if (p90 !== void 0) latency.p90 = p90;
    const p95 = at(0.95);
    if (p95 !== void 0) latency.p95 = p95;
    const p99 = at(0.99);
    if (p99 !== void 0) latency.p99 = p99;
  }
  const row2 = {
    name,
    latency,
    quality: options.quality,
    latencyKind: options.latencyKind,
    count: count4,
    errors
  };
  if (method) row2.method = method;
  const path2 = name === OVERALL_NAME || name === OTHER_ENDPOINTS2 ? void 0 : pathOf(name)?.replaceAll("%7Bid%7D", "{id}");
  if (path2 !== void 0) row2.path = path2;
  if (count4 > 0) row2.errorRate = errors / count4;
  const reported = rows.map((r) => r.throughput);
  if (rows.length > 0 && reported.every((t) => t !== void 0)) {
    row2.throughput = round3(reported.reduce((s, t) => s + t, 0));
  } else if (count4 > 0 && options.durationSec) row2.throughput = round3(count4 / options.durationSec);
  const kinds = /* @__PURE__ */ new Map();
  for (const r of rows) {
    for (const [k, n] of Object.entries(r.errorsByKind ?? {})) kinds.set(k, (kinds.get(k) ?? 0) + n);
  }
  if (kinds.size > 0) row2.errorsByKind = Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1]));
  return row2;
}
function quantileFunction(rows) {
  if (rows.length === 0) return void 0;
  if (rows.every((r) => r.histogram)) {
    const merged = /* @__PURE__ */ new Map();
    for (const r of rows) for (const [v, n] of r.histogram) merged.set(v, (merged.get(v) ?? 0) + n);
    return (q) => histogramPercentile(merged, q);
  }
  if (rows.length === 1) {
    const points = rows[0].quantiles;
    return (q) => points.find(([f]) => Math.abs(f - q) < 1e-9)?.[1];
  }
  if (!rows.every((r) => r.quantiles.length > 0)) return void 0;
  const total = rows.reduce((n, r) => n + r.count, 0);
  const candidates = [...new Set(rows.flatMap((r) => r.quantiles.map(([, v]) => v)))].sort((a, b) => a - b);
  const share = (r, x) => {
    let f = 0;
    for (const [fraction, v] of r.quantiles) if (v <= x) f = Math.max(f, fraction);
    return f;
  };
  return (q) => {
    for (const x of candidates) {
      const below = rows.reduce((n, r) => n + r.count * share(r, x), 0);
      if (below >= q * total - 1e-9) return x;
    }
    return candidates[candidates.length - 1];
  };
}
function histogramPercentile(histogram, q) {
  let n = 0;
  for (const c of histogram.values()) n += c;
  if (n === 0) return void 0;
  const wanted = Math.floor(n * q);
  let processed = 0;
  for (const v of [...histogram.keys()].sort((a, b) => b - a)) {
    processed += histogram.get(v);
    if (n - processed <= wanted) return v;
  }
  return 0;
}
function round3(v) {
  return Math.round(v * 1e3) / 1e3;
}

// src/results/locust/history-csv.ts
var WINDOW_SEC = 10;
var locustHistoryCsvReader = {
  format: "locust-history-csv",
  tool: "locust",
  fileNameHint: /_stats_history/i,
  sniff: (head) => {
    const lower = new Set(headerFields(headLine(head)).map((h) => h.toLowerCase()));
    return lower.has("timestamp") && lower.has("user count") && lower.has("name");
  },
  read: readLocustHistoryCsv
};
function parseLocustHistory(text, file) {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const diagnostics = [];
  const aggregated = [];
  const last = /* @__PURE__ */ new Map();
  let lastTotalFields;
  let fullHistory = false;
  let firstActive;
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short).`
      });
      continue;
    }
    const time = numberField(fields, columns, "timestamp");
    const count4 = numberField(fields, columns, "totalCount");
    if (time === void 0 || count4 === void 0) {
      diagnostics.push({
        file,
        line,
        message: `The timestamp or total request count is not a number: the row was skipped.`
      });
      continue;
    }
    const type = field(fields, columns, "type");
    const name = field(fields, columns, "name") ?? "";
    if (!isTotalRow(type, name)) {
      fullHistory = true;
      last.set(`${type ?? ""} ${name}`, { ...type ? { type } : {}, name, fields });
      continue;
    }
    if (count4 > 0 && firstActive === void 0) firstActive = time;
    const users = numberField(fields, columns, "users");
    aggregated.push({
      time,
      ...users === void 0 ? {} : { users },
      count: count4,
      failures: numberField(fields, columns, "totalFailures") ?? 0,
      quantiles: quantilePoints(fields, columns)
    });
    lastTotalFields = fields;
  }
  const maxUsers = aggregated.reduce(
    (m, s) => s.users === void 0 ? m : Math.max(m ?? 0, s.users),
    void 0
  );
  const lastTime = aggregated[aggregated.length - 1]?.time;
  const history = {
    series: windows(aggregated, fullHistory),
    fullHistory,
    lastRows: [...last.values()].map((r) => totalsRow(r.name, r.type, r.fields, columns, fullHistory)),
    diagnostics
  };
  if (maxUsers !== void 0) history.maxUsers = maxUsers;
  if (lastTotalFields)
    history.lastTotal = totalsRow(OVERALL_NAME, void 0, lastTotalFields, columns, fullHistory);
  if (firstActive !== void 0 && lastTime !== void 0 && lastTime > firstActive) {
    history.durationSec = lastTime - firstActive + 1;
  }
  return history;
}
function totalsRow(name, type, fields, columns, fullHistory) {
  const row2 = {
    name,
    count: numberField(fields, columns, "totalCount") ?? 0,
    errors: numberField(fields, columns, "totalFailures") ?? 0,
    quantiles: fullHistory ? [] : quantilePoints(fields, columns)
  };
  if (type && type !== "None") row2.method = type;
  if (row2.count > 0) {
    const min = numberField(fields, columns, "totalMin");
    const mean = numberField(fields, columns, "totalMean");
    const max = numberField(fields, columns, "totalMax");
    const median2 = numberField(fields, columns, "totalMedian");
    if (min !== void 0) row2.min = min;
    if (mean !== void 0) row2.mean = mean;
    if (max !== void 0) row2.max = max;
    if (median2 !== void 0 && !row2.quantiles.some(([f]) => f === 0.5)) row2.quantiles.unshift([0.5, median2]);
  }
  return row2;
}
function windows(samples, fullHistory) {
  const out = /* @__PURE__ */ new Map();
  let prevCount = 0;
  let prevFailures = 0;
  for (const s of samples) {
    const index = Math.floor(s.time / WINDOW_SEC);
    let w = out.get(index);
    if (!w) {
      w = {
        start: index * WINDOW_SEC * 1e3,
        durationSec: WINDOW_SEC,
        count: 0,
        errors: 0,
        endCount: prevCount,
        endFailures: prevFailures
      };
      out.set(index, w);
    }
    w.count += Math.max(0, s.count - prevCount);
    w.errors += Math.max(0, s.failures - prevFailures);
    prevCount = s.count;
    prevFailures = s.failures;
    if (s.users !== void 0) w.vus = Math.max(w.vus ?? 0, s.users);
    if (fullHistory) {
      const at = (q) => s.quantiles.find(([f]) => f === q)?.[1];
      const p50 = at(0.5);
      const p95 = at(0.95);
      const p99 = at(0.99);
      if (p50 !== void 0) w.p50 = p50;
      if (p95 !== void 0) w.p95 = p95;
      if (p99 !== void 0) w.p99 = p99;
    }
  }
  return [...out.values()].map(({ endCount: _c, endFailures: _f, ...w }) => w);
}
function readLocustHistoryCsv(text, file) {
  const history = parseLocustHistory(text, file);
  const diagnostics = [...history.diagnostics];
  if (!history.lastTotal || history.lastTotal.count === 0) {
    diagnostics.push({
      file,
      message: "The Locust history has no requests (every Aggregated row counts 0): there is nothing to compare."
    });
    return { diagnostics };
  }
  return { run: historyRun(history, file), diagnostics };
}
function historyRun(history, file) {
  const options = {
    quality: "bucketed",
    latencyKind: "total",
    ...history.durationSec ? { durationSec: history.durationSec } : {}
  };
  const overall = combineRows(OVERALL_NAME, void 0, [history.lastTotal], options);
  const { endpoints, folding } = foldSummaryRows(history.lastRows, options);
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "locust", format: "locust-history-csv", file },
    profile: {},
    overall,
    endpoints,
    thresholds: []
  };
  if (history.maxUsers !== void 0) run.profile.maxVUs = history.maxUsers;
  if (history.durationSec) run.profile.durationSec = history.durationSec;
  if (history.series.length > 0) run.series = history.series;
  if (folding) run.folding = folding;
  return run;
}

// src/results/locust/entries.ts
function parseEntry(value) {
  if (!isObject(value)) return "an entry is not an object";
  const requests = finite(value.num_requests);
  const name = value.name;
  if (typeof name !== "string" || requests === void 0) return 'an entry has no "name" or "num_requests"';
  const entry = {
    name,
    requests,
    failures: finite(value.num_failures) ?? 0,
    totalTime: finite(value.total_response_time) ?? 0,
    histogram: numberMap(value.response_times),
    perSec: numberMap(value.num_reqs_per_sec),
    failPerSec: numberMap(value.num_fail_per_sec),
    modern: "num_fail_per_sec" in value
  };
  if (typeof value.method === "string" && value.method !== "") entry.method = value.method;
  const min = finite(value.min_response_time);
  const max = finite(value.max_response_time);
  const start = finite(value.start_time);
  const last = finite(value.last_request_timestamp);
  if (min !== void 0) entry.min = min;
  if (max !== void 0) entry.max = max;
  if (start !== void 0) entry.start = start;
  if (last !== void 0) entry.last = last;
  return entry;
}
function numberMap(value) {
  const out = /* @__PURE__ */ new Map();
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    const key = Number(k);
    const n = finite(v);
    if (Number.isFinite(key) && n !== void 0) out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}
function addEntry(a, b) {
  a.requests += b.requests;
  a.failures += b.failures;
  a.totalTime += b.totalTime;
  if (b.min !== void 0) a.min = a.min === void 0 ? b.min : Math.min(a.min, b.min);
  if (b.max !== void 0) a.max = a.max === void 0 ? b.max : Math.max(a.max, b.max);
  if (b.start !== void 0) a.start = a.start === void 0 ? b.start : Math.min(a.start, b.start);
  if (b.last !== void 0) a.last = a.last === void 0 ? b.last : Math.max(a.last, b.last);
  for (const [k, n] of b.histogram) a.histogram.set(k, (a.histogram.get(k) ?? 0) + n);
  for (const [k, n] of b.perSec) a.perSec.set(k, (a.perSec.get(k) ?? 0) + n);
  for (const [k, n] of b.failPerSec) a.failPerSec.set(k, (a.failPerSec.get(k) ?? 0) + n);
  a.modern ||= b.modern;
}
function entriesRun(entries, file, format, diagnostics, maxUsers) {
  if (entries.length === 0) {
    diagnostics.push({ file, message: "The Locust stats have no entries: there is nothing to compare." });
    return void 0;
  }
  const separate = !entries.some((e) => e.modern) || entries.some((e) => e.failures > e.requests);
  const starts = entries.map((e) => e.start).filter((v) => v !== void 0);
  const lasts = entries.map((e) => e.last).filter((v) => v !== void 0);
  const span = starts.length && lasts.length ? Math.max(...lasts) - Math.min(...starts) : void 0;
  const durationSec = span !== void 0 && span > 0 ? Math.round(span * 10) / 10 : void 0;
  const rows = entries.map((e) => {
    const row2 = {
      name: e.name,
      count: separate ? e.requests + e.failures : e.requests,
      errors: e.failures,
      quantiles: [],
      histogram: e.histogram
    };
    if (e.method) row2.method = e.method;
    if (e.requests > 0) {
      row2.mean = round3(e.totalTime / e.requests);
      if (e.min !== void 0) row2.min = e.min;
      if (e.max !== void 0) row2.max = e.max;
    }
    return row2;
  });
  const options = {
    quality: "bucketed",
    latencyKind: "total",
    ...durationSec ? { durationSec } : {}
  };
  const overall = combineRows(OVERALL_NAME, void 0, rows, options);
  if (overall.count === 0) {
    diagnostics.push({ file, message: "The Locust stats count no requests: there is nothing to compare." });
    return void 0;
  }
  const { endpoints, folding } = foldSummaryRows(rows, options);
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "locust", format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: []
  };
  if (maxUsers !== void 0) run.profile.maxVUs = maxUsers;
  if (folding) run.folding = folding;
  const series = separate ? [] : perSecondSeries(entries);
  if (series.length > 0) run.series = series;
  return run;
}
function perSecondSeries(entries) {
  const windows2 = /* @__PURE__ */ new Map();
  const at = (sec) => {
    const index = Math.floor(sec / 10);
    let w = windows2.get(index);
    if (!w) {
      w = { start: index * 1e4, durationSec: 10, count: 0, errors: 0 };
      windows2.set(index, w);
    }
    return w;
  };
  for (const e of entries) {
    for (const [sec, n] of e.perSec) at(sec).count += n;
    for (const [sec, n] of e.failPerSec) {
      const w = at(sec);
      w.errors += n;
    }
  }
  return [...windows2.entries()].sort(([a], [b]) => a - b).map(([, w]) => w);
}

// src/results/locust/json.ts
var locustJsonReader = {
  format: "locust-json",
  tool: "locust",
  sniff: (head) => /^\s*\[/.test(head.replace(/^\uFEFF/, "")) && /"num_requests"\s*:/.test(head) && /"response_times"\s*:/.test(head),
  read: readLocustJson
};
function readLocustJson(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  if (!Array.isArray(parsed.value)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not Locust --json output: expected an array of stats entries, found ${describeJsonType(parsed.value)}.`
        }
      ]
    };
  }
  const diagnostics = [];
  const merged = /* @__PURE__ */ new Map();
  parsed.value.forEach((value, i) => {
    const entry = parseEntry(value);
    if (typeof entry === "string") {
      diagnostics.push({ file, message: `Entry ${i + 1}: ${entry}; it was skipped.` });
      return;
    }
    const key = `${entry.method ?? ""} ${entry.name}`;
    const seen = merged.get(key);
    if (seen) addEntry(seen, entry);
    else merged.set(key, entry);
  });
  const run = entriesRun([...merged.values()], file, "locust-json", diagnostics);
  return run ? { run, diagnostics } : { diagnostics };
}
var locustWorkerLdjsonReader = {
  format: "locust-worker-ldjson",
  tool: "locust",
  fileNameHint: /\.ldjson$/i,
  sniff: (head) => {
    const first = head.replace(/^\uFEFF/, "").split("\n", 1)[0].trim();
    if (!first.startsWith("{")) return false;
    try {
      const v = JSON.parse(first);
      return isObject(v) && Array.isArray(v.stats) && ("client_id" in v || "user_count" in v);
    } catch {
      return false;
    }
  },
  read: readLocustWorkerLdjson
};
function readLocustWorkerLdjson(text, file) {
  const diagnostics = [];
  const merged = /* @__PURE__ */ new Map();
  const errors = /* @__PURE__ */ new Map();
  const users = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      const last = lines.slice(i + 1).every((l) => l.trim() === "");
      diagnostics.push({
        file,
        line: i + 1,
        message: last ? "The last line is not complete JSON: the file looks cut short; the reports before were read." : "This line is not JSON: it was skipped.",
        severity: last ? "warning" : "error"
      });
      return;
    }
    if (!isObject(value) || !Array.isArray(value.stats)) {
      diagnostics.push({
        file,
        line: i + 1,
        message: 'This line is no worker report (no "stats" array): it was skipped.'
      });
      return;
    }
    for (const s of value.stats) {
      const entry = parseEntry(s);
      if (typeof entry === "string") {
        diagnostics.push({ file, line: i + 1, message: `${entry}; it was skipped.` });
        continue;
      }
      const key = `${entry.method ?? ""} ${entry.name}`;
      const seen = merged.get(key);
      if (seen) addEntry(seen, entry);
      else merged.set(key, entry);
    }
    if (isObject(value.errors)) {
      for (const e of Object.values(value.errors)) {
        if (!isObject(e) || typeof e.name !== "string" || typeof e.occurrences !== "number") continue;
        const key = `${typeof e.method === "string" ? e.method : ""} ${e.name}`;
        const kinds = errors.get(key) ?? /* @__PURE__ */ new Map();
        const kind = typeof e.error === "string" ? e.error : "error";
        kinds.set(kind, (kinds.get(kind) ?? 0) + e.occurrences);
        errors.set(key, kinds);
      }
    }
    const client = typeof value.client_id === "string" ? value.client_id : "";
    if (typeof value.user_count === "number")
      users.set(client, Math.max(users.get(client) ?? 0, value.user_count));
  });
  const maxUsers = users.size > 0 ? [...users.values()].reduce((a, b) => a + b, 0) : void 0;
  const run = entriesRun([...merged.values()], file, "locust-worker-ldjson", diagnostics, maxUsers);
  if (!run) return { diagnostics };
  for (const [key, kinds] of errors) {
    const [method, ...rest] = key.split(" ");
    const name = templateName(rest.join(" "));
    const endpoint2 = run.endpoints.find((e) => e.name === name && (e.method ?? "") === method);
    if (!endpoint2) continue;
    endpoint2.errorsByKind ??= {};
    for (const [kind, n] of kinds) endpoint2.errorsByKind[kind] = (endpoint2.errorsByKind[kind] ?? 0) + n;
  }
  return { run, diagnostics };
}

// src/results/locust/stats-csv.ts
var locustStatsCsvReader = {
  format: "locust-stats-csv",
  tool: "locust",
  fileNameHint: /_stats\.csv$/i,
  sniff: (head) => isStatsHeader(headerFields(headLine(head))),
  read: readLocustStatsCsv
};
function isStatsHeader(header) {
  const lower = new Set(header.map((h) => h.toLowerCase()));
  return lower.has("name") && (lower.has("type") || lower.has("method")) && (lower.has("request count") || lower.has("# requests")) && !lower.has("timestamp");
}
function parseLocustStats(text, file) {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const diagnostics = [];
  const rows = [];
  let total;
  const oldCounting = columns.index.count !== void 0 && table.header[columns.index.count].trim().toLowerCase() === "# requests" && table.rows.some((r) => field(r.fields, columns, "name") === "Total");
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short or edited).`
      });
      continue;
    }
    const type = field(fields, columns, "type");
    const name = field(fields, columns, "name") ?? "";
    const requests = numberField(fields, columns, "count");
    const failures = numberField(fields, columns, "failures") ?? 0;
    if (requests === void 0 || requests < 0) {
      diagnostics.push({
        file,
        line,
        message: `The request count "${field(fields, columns, "count") ?? ""}" of "${name}" is not a number: the row was skipped.`
      });
      continue;
    }
    const separate = oldCounting || failures > requests;
    const row2 = {
      name,
      count: separate ? requests + failures : requests,
      errors: failures,
      quantiles: quantilePoints(fields, columns)
    };
    const method = type?.trim();
    if (method && method !== "None") row2.method = method;
    const min = numberField(fields, columns, "min");
    const mean = numberField(fields, columns, "mean");
    const max = numberField(fields, columns, "max");
    const median2 = numberField(fields, columns, "median");
    const rps = numberField(fields, columns, "rps");
    if (row2.count > 0) {
      if (min !== void 0) row2.min = min;
      if (mean !== void 0) row2.mean = round3(mean);
      if (max !== void 0) row2.max = max;
      if (median2 !== void 0 && !row2.quantiles.some(([f]) => f === 0.5))
        row2.quantiles.unshift([0.5, median2]);
    }
    if (rps !== void 0) row2.throughput = rps;
    const insane = sanity(row2);
    if (insane) diagnostics.push({ file, line, message: insane, severity: "warning" });
    if (isTotalRow(type, name)) total = row2;
    else rows.push(row2);
  }
  if (table.unterminated !== void 0) {
    diagnostics.push({
      file,
      line: table.unterminated,
      message: "A quoted field opens here and never closes: the file looks cut short; the rows before were read.",
      severity: "warning"
    });
  }
  return { rows, ...total ? { total } : {}, diagnostics };
}
function sanity(row2) {
  const { min, mean, max } = row2;
  if (min === void 0 || mean === void 0 || max === void 0 || row2.count === 0) return void 0;
  const slack = Math.max(1, max * 1e-3);
  if (mean < min - slack || mean > max + slack || min > max) {
    return `"${row2.name}": average ${mean} ms lies outside min ${min} ms \u2026 max ${max} ms: the columns look shifted or in another unit; its numbers are kept as written.`;
  }
  return void 0;
}
function readLocustStatsCsv(text, file) {
  const stats3 = parseLocustStats(text, file);
  return locustStatsRun(stats3, file, "locust-stats-csv");
}
function locustStatsRun(stats3, file, format) {
  const diagnostics = [...stats3.diagnostics];
  if (stats3.rows.length === 0 && !stats3.total) {
    diagnostics.push({ file, message: "The Locust stats file has no rows: there is nothing to compare." });
    return { diagnostics };
  }
  const options = { quality: "bucketed", latencyKind: "total" };
  let overall;
  if (stats3.total) {
    overall = combineRows(OVERALL_NAME, void 0, [stats3.total], options);
  } else {
    diagnostics.push({
      file,
      message: "The Locust stats file has no Aggregated row (it may be cut short): the overall row was computed from the endpoint rows.",
      severity: "warning"
    });
    overall = combineRows(OVERALL_NAME, void 0, stats3.rows, options);
  }
  const durationSec = stats3.total?.throughput && stats3.total.count > 0 ? Math.round(stats3.total.count / stats3.total.throughput * 10) / 10 : void 0;
  const { endpoints, folding } = foldSummaryRows(stats3.rows, {
    ...options,
    ...durationSec ? { durationSec } : {}
  });
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "locust", format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: []
  };
  if (folding) run.folding = folding;
  return { run, diagnostics };
}

// src/results/raw/sniff.ts
function firstLine(head) {
  const body = head.charCodeAt(0) === 65279 ? head.slice(1) : head;
  const start = body.search(/\S/);
  if (start < 0) return "";
  const nl = body.indexOf("\n", start);
  return (nl < 0 ? body.slice(start) : body.slice(start, nl)).replace(/\r$/, "");
}
function sniffK6Ndjson(head) {
  const line = firstLine(head);
  if (!line.startsWith("{")) return false;
  try {
    const first = JSON.parse(line);
    return isObject(first) && (first.type === "Metric" || first.type === "Point") && "metric" in first;
  } catch {
    return false;
  }
}
function sniffK6Csv(head) {
  return /^metric_name[,\t]timestamp[,\t]metric_value\b/.test(firstLine(head));
}
function sniffJtlCsv(head) {
  const line = firstLine(head);
  if (/\belapsed\b/.test(line) && /\blabel\b/.test(line) && !line.startsWith("<")) return true;
  return /^(\d{12,13}|\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)[,\t]\d+[,\t]/.test(line);
}
function sniffJtlXml(head) {
  return /<testResults[\s>]/.test(head);
}

// docs/run.schema.json
var run_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/loadgate/loadgate/blob/main/docs/run.schema.json",
  title: "loadgate run (loadgate/run@2; loadgate/run@1 still read)",
  description: "A load-test run in loadgate's tool-neutral form: the baseline artifact `loadgate` stores and compares against. Written by loadgate (`loadgate ingest`, `--save-run`; always `loadgate/run@2`); hand-edited files are validated against this schema on read. Latencies are milliseconds, rates are fractions 0..1, throughput is requests per second. A statistic the source tool did not report is absent, never 0. Version 2 adds the latency sketches (`sketch`, encoded), `span` and `provenance`; a version 1 file is read as it was. Unknown properties are allowed so that files written by a later loadgate of the same schema version still read.",
  type: "object",
  required: ["schema", "source", "profile", "overall", "endpoints", "thresholds"],
  properties: {
    schema: {
      enum: ["loadgate/run@1", "loadgate/run@2"],
      description: "Format and version of this file. A breaking change gets a new version; loadgate writes loadgate/run@2 and reads both."
    },
    source: {
      type: "object",
      description: "Where the numbers come from.",
      required: ["tool", "format", "file"],
      properties: {
        tool: {
          type: "string",
          minLength: 1,
          description: "The load-testing tool: k6, artillery, \u2026"
        },
        format: {
          enum: [
            "loadgate-run",
            "k6-summary",
            "k6-summary-export",
            "k6-machine-readable-summary",
            "artillery-report",
            "k6-ndjson",
            "k6-csv",
            "jmeter-jtl-csv",
            "jmeter-jtl-xml",
            "gatling-simulation-log",
            "gatling-binary-log",
            "gatling-stats-json",
            "gatling-global-stats-json",
            "locust-stats-csv",
            "locust-history-csv",
            "locust-failures-csv",
            "locust-exceptions-csv",
            "locust-json",
            "locust-worker-ldjson",
            "taurus-final-stats-xml",
            "taurus-final-stats-csv",
            "taurus-junit-xml",
            "autocannon-json"
          ],
          description: "The result format the run was read from."
        },
        version: {
          type: "string",
          description: "The tool or format version, when the file states it."
        },
        file: {
          type: "string",
          description: "The result file the run was read from, as given to loadgate."
        }
      }
    },
    profile: {
      type: "object",
      description: "The load that was offered, used to tell whether two runs can be compared at all.",
      properties: {
        maxVUs: {
          $ref: "#/definitions/nonNegative",
          description: "Peak number of virtual users (closed model)."
        },
        arrivalRate: {
          $ref: "#/definitions/nonNegative",
          description: "Mean arrivals (new virtual users) per second (open model)."
        },
        durationSec: { $ref: "#/definitions/nonNegative", description: "Test duration in seconds." },
        iterations: { $ref: "#/definitions/nonNegative", description: "Completed iterations (k6)." }
      }
    },
    overall: {
      $ref: "#/definitions/endpoint",
      description: 'All requests of the run together; its name is "(all requests)".'
    },
    endpoints: {
      type: "array",
      description: "One entry per endpoint the tool broke the results down by (k6 submetrics, Artillery metrics-by-endpoint).",
      items: { $ref: "#/definitions/endpoint" }
    },
    thresholds: {
      type: "array",
      description: "The tool's own pass/fail criteria and their outcome (k6 thresholds).",
      items: {
        type: "object",
        required: ["metric", "expression", "ok"],
        properties: {
          metric: {
            type: "string",
            description: "The metric the threshold is on, submetric tags included."
          },
          expression: { type: "string", description: "The threshold as written, e.g. p(95)<500." },
          ok: { type: "boolean", description: "True when the threshold held." }
        }
      }
    },
    delivery: {
      type: "object",
      description: "What the tool says about delivering the intended load: k6 dropped_iterations, Artillery vusers.created and vusers.failed, an aborted test.",
      additionalProperties: false,
      properties: {
        droppedIterations: { $ref: "#/definitions/nonNegative" },
        vusersCreated: { $ref: "#/definitions/nonNegative" },
        vusersFailed: { $ref: "#/definitions/nonNegative" },
        aborted: { type: "boolean" }
      }
    },
    checks: {
      type: "object",
      description: "Checks (k6) or expectations (Artillery expect plugin): passed and failed counts.",
      required: ["passes", "fails"],
      properties: {
        passes: { $ref: "#/definitions/nonNegative" },
        fails: { $ref: "#/definitions/nonNegative" }
      }
    },
    series: {
      type: "array",
      description: "Per-window time series (default 10 s windows), when the run was read from raw samples (k6 --out json/csv, JMeter JTL). Window percentiles come from a DDSketch (1 % relative error).",
      items: { $ref: "#/definitions/window" }
    },
    folding: {
      type: "object",
      description: 'How request names were folded into endpoint rows: ids, UUIDs, hashes and tokens in URL paths become {id}; names beyond the row cap go to one "(other endpoints)" row.',
      required: ["templatedRequests", "templates", "overflowRequests", "overflowNames", "maxRows"],
      properties: {
        templatedRequests: {
          $ref: "#/definitions/nonNegative",
          description: "Requests whose name had a part folded into {id}."
        },
        templates: {
          $ref: "#/definitions/nonNegative",
          description: "Endpoint rows holding templated names."
        },
        overflowRequests: {
          $ref: "#/definitions/nonNegative",
          description: "Requests counted in the (other endpoints) row."
        },
        overflowNames: {
          $ref: "#/definitions/nonNegative",
          description: "Distinct names beyond the row cap (counted up to a bound)."
        },
        overflowNamesCapped: {
          type: "boolean",
          description: "True when overflowNames stopped at its bound."
        },
        maxRows: { $ref: "#/definitions/nonNegative", description: "The row cap." }
      }
    },
    meta: {
      type: "object",
      description: "What the run was of, when known.",
      properties: {
        commit: { type: "string", description: "The commit SHA the run tested." },
        ref: { type: "string", description: "The branch or tag." },
        createdAt: { type: "string", description: "When the run was made, ISO 8601." }
      }
    },
    span: {
      type: "object",
      description: "First and last sample times (epoch milliseconds) of a run read from raw samples: the span merged runs cover.",
      required: ["start", "end"],
      properties: { start: { type: "number" }, end: { type: "number" } }
    },
    provenance: {
      type: "object",
      description: "Where the run came from, recorded when the file was written: the commit and workflow run (from GITHUB_* when present), the tool, the files read and loadgate's version.",
      required: ["createdAt", "tool", "sources", "loadgate"],
      properties: {
        commit: { type: "string", description: "The commit SHA the run tested (GITHUB_SHA)." },
        ref: {
          type: "string",
          description: "The branch or tag: GITHUB_HEAD_REF on a pull request, else GITHUB_REF without refs/heads/ or refs/tags/."
        },
        repository: { type: "string", description: "owner/name (GITHUB_REPOSITORY)." },
        workflow: { type: "string", description: "GITHUB_WORKFLOW." },
        runId: { type: "string", description: "GITHUB_RUN_ID." },
        runAttempt: { type: "string", description: "GITHUB_RUN_ATTEMPT." },
        createdAt: { type: "string", description: "When the file was written, ISO 8601." },
        tool: {
          type: "object",
          description: "The load-testing tool and its version, as the result files state it.",
          required: ["name"],
          properties: { name: { type: "string" }, version: { type: "string" } }
        },
        sources: {
          type: "array",
          description: "The result files read, as given to loadgate, with their formats.",
          items: {
            type: "object",
            required: ["file", "format"],
            properties: { file: { type: "string" }, format: { type: "string" } }
          }
        },
        loadgate: { type: "string", description: "The loadgate version that wrote the file." }
      }
    }
  },
  if: { properties: { schema: { const: "loadgate/run@2" } } },
  then: { required: ["provenance"] },
  definitions: {
    nonNegative: { type: "number", minimum: 0 },
    sketch: {
      type: "string",
      pattern: "^[A-Za-z0-9+/]*={0,2}$",
      description: "The DDSketch the percentiles came from (run@2), encoded: base64 of version, flags, alpha, sum, min and max (doubles), then the zero count, first bucket key and each non-empty bucket as varint key gap and count. Sketches of one alpha merge exactly."
    },
    latency: {
      type: "object",
      description: "Response time statistics in milliseconds.",
      properties: {
        min: { $ref: "#/definitions/nonNegative" },
        mean: { $ref: "#/definitions/nonNegative" },
        median: { $ref: "#/definitions/nonNegative", description: "The 50th percentile." },
        max: { $ref: "#/definitions/nonNegative" },
        p90: { $ref: "#/definitions/nonNegative" },
        p95: { $ref: "#/definitions/nonNegative" },
        p99: { $ref: "#/definitions/nonNegative" }
      }
    },
    endpoint: {
      type: "object",
      description: "Aggregates for one endpoint, or for the whole run.",
      required: ["name", "latency", "quality"],
      properties: {
        name: {
          type: "string",
          description: "The name as the tool names it (query-string values replaced by *)."
        },
        method: { type: "string", description: "HTTP method, when the tool records it." },
        path: { type: "string", description: "URL path, when known." },
        count: { $ref: "#/definitions/nonNegative", description: "Requests sent." },
        errors: { $ref: "#/definitions/nonNegative", description: "Requests that failed." },
        errorRate: { type: "number", minimum: 0, maximum: 1, description: "errors / count." },
        throughput: {
          $ref: "#/definitions/nonNegative",
          description: "Requests per second over the run."
        },
        latency: { $ref: "#/definitions/latency" },
        quality: {
          enum: ["exact", "sketch", "bucketed", "reported-only"],
          description: "How the percentiles were computed: from every sample (k6), from a sketch (Artillery DDSketch, 1 % relative error), from buckets, or only as reported."
        },
        errorsByKind: {
          type: "object",
          description: "Failed requests by kind: error code (ETIMEDOUT) or status (HTTP 500).",
          additionalProperties: { $ref: "#/definitions/nonNegative" }
        },
        latencyKind: {
          enum: ["total", "ttfb", "group-cumulated"],
          description: "What the latency measures: the whole request, time to first byte (Artillery), or a group's cumulated response time (Gatling)."
        },
        kind: {
          const: "transaction",
          description: "A JMeter Transaction Controller parent or a Gatling group: its children are the requests, so it is not in the overall row."
        },
        sketch: { $ref: "#/definitions/sketch" },
        phases: {
          type: "object",
          description: "Mean ms per request in each phase, when the format records them (k6 http_req_blocked ... http_req_receiving; JMeter Connect and Latency). k6 blocked holds connecting and TLS handshaking.",
          properties: {
            blocked: { $ref: "#/definitions/nonNegative" },
            connecting: { $ref: "#/definitions/nonNegative" },
            tlsHandshaking: { $ref: "#/definitions/nonNegative" },
            sending: { $ref: "#/definitions/nonNegative" },
            waiting: { $ref: "#/definitions/nonNegative" },
            receiving: { $ref: "#/definitions/nonNegative" }
          }
        }
      }
    },
    window: {
      type: "object",
      description: "One time window of the run.",
      required: ["start", "durationSec", "count", "errors"],
      properties: {
        start: { type: "number", description: "Window start, epoch milliseconds." },
        durationSec: { $ref: "#/definitions/nonNegative" },
        count: { $ref: "#/definitions/nonNegative", description: "Requests in the window." },
        errors: { $ref: "#/definitions/nonNegative", description: "Failed requests in the window." },
        p50: { $ref: "#/definitions/nonNegative" },
        p95: { $ref: "#/definitions/nonNegative" },
        p99: { $ref: "#/definitions/nonNegative" },
        vus: {
          $ref: "#/definitions/nonNegative",
          description: "Most active virtual users (threads) seen in the window."
        },
        arrivals: {
          $ref: "#/definitions/nonNegative",
          description: "Virtual users started in the window (Artillery vusers.created): the offered load of an open model."
        },
        sketch: { $ref: "#/definitions/sketch" }
      }
    }
  }
};

// src/util/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/generated/validators.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validator0 = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "loadgate:run", "title": "loadgate run (loadgate/run@2; loadgate/run@1 still read)", "description": "A load-test run in loadgate's tool-neutral form: the baseline artifact `loadgate` stores and compares against. Written by loadgate (`loadgate ingest`, `--save-run`; always `loadgate/run@2`); hand-edited files are validated against this schema on read. Latencies are milliseconds, rates are fractions 0..1, throughput is requests per second. A statistic the source tool did not report is absent, never 0. Version 2 adds the latency sketches (`sketch`, encoded), `span` and `provenance`; a version 1 file is read as it was. Unknown properties are allowed so that files written by a later loadgate of the same schema version still read.", "type": "object", "required": ["schema", "source", "profile", "overall", "endpoints", "thresholds"], "properties": { "schema": { "enum": ["loadgate/run@1", "loadgate/run@2"], "description": "Format and version of this file. A breaking change gets a new version; loadgate writes loadgate/run@2 and reads both." }, "source": { "type": "object", "description": "Where the numbers come from.", "required": ["tool", "format", "file"], "properties": { "tool": { "type": "string", "minLength": 1, "description": "The load-testing tool: k6, artillery, \u2026" }, "format": { "enum": ["loadgate-run", "k6-summary", "k6-summary-export", "k6-machine-readable-summary", "artillery-report", "k6-ndjson", "k6-csv", "jmeter-jtl-csv", "jmeter-jtl-xml", "gatling-simulation-log", "gatling-binary-log", "gatling-stats-json", "gatling-global-stats-json", "locust-stats-csv", "locust-history-csv", "locust-failures-csv", "locust-exceptions-csv", "locust-json", "locust-worker-ldjson", "taurus-final-stats-xml", "taurus-final-stats-csv", "taurus-junit-xml", "autocannon-json"], "description": "The result format the run was read from." }, "version": { "type": "string", "description": "The tool or format version, when the file states it." }, "file": { "type": "string", "description": "The result file the run was read from, as given to loadgate." } } }, "profile": { "type": "object", "description": "The load that was offered, used to tell whether two runs can be compared at all.", "properties": { "maxVUs": { "$ref": "#/definitions/nonNegative", "description": "Peak number of virtual users (closed model)." }, "arrivalRate": { "$ref": "#/definitions/nonNegative", "description": "Mean arrivals (new virtual users) per second (open model)." }, "durationSec": { "$ref": "#/definitions/nonNegative", "description": "Test duration in seconds." }, "iterations": { "$ref": "#/definitions/nonNegative", "description": "Completed iterations (k6)." } } }, "overall": { "$ref": "#/definitions/endpoint", "description": 'All requests of the run together; its name is "(all requests)".' }, "endpoints": { "type": "array", "description": "One entry per endpoint the tool broke the results down by (k6 submetrics, Artillery metrics-by-endpoint).", "items": { "$ref": "#/definitions/endpoint" } }, "thresholds": { "type": "array", "description": "The tool's own pass/fail criteria and their outcome (k6 thresholds).", "items": { "type": "object", "required": ["metric", "expression", "ok"], "properties": { "metric": { "type": "string", "description": "The metric the threshold is on, submetric tags included." }, "expression": { "type": "string", "description": "The threshold as written, e.g. p(95)<500." }, "ok": { "type": "boolean", "description": "True when the threshold held." } } } }, "delivery": { "type": "object", "description": "What the tool says about delivering the intended load: k6 dropped_iterations, Artillery vusers.created and vusers.failed, an aborted test.", "additionalProperties": false, "properties": { "droppedIterations": { "$ref": "#/definitions/nonNegative" }, "vusersCreated": { "$ref": "#/definitions/nonNegative" }, "vusersFailed": { "$ref": "#/definitions/nonNegative" }, "aborted": { "type": "boolean" } } }, "checks": { "type": "object", "description": "Checks (k6) or expectations (Artillery expect plugin): passed and failed counts.", "required": ["passes", "fails"], "properties": { "passes": { "$ref": "#/definitions/nonNegative" }, "fails": { "$ref": "#/definitions/nonNegative" } } }, "series": { "type": "array", "description": "Per-window time series (default 10 s windows), when the run was read from raw samples (k6 --out json/csv, JMeter JTL). Window percentiles come from a DDSketch (1 % relative error).", "items": { "$ref": "#/definitions/window" } }, "folding": { "type": "object", "description": 'How request names were folded into endpoint rows: ids, UUIDs, hashes and tokens in URL paths become {id}; names beyond the row cap go to one "(other endpoints)" row.', "required": ["templatedRequests", "templates", "overflowRequests", "overflowNames", "maxRows"], "properties": { "templatedRequests": { "$ref": "#/definitions/nonNegative", "description": "Requests whose name had a part folded into {id}." }, "templates": { "$ref": "#/definitions/nonNegative", "description": "Endpoint rows holding templated names." }, "overflowRequests": { "$ref": "#/definitions/nonNegative", "description": "Requests counted in the (other endpoints) row." }, "overflowNames": { "$ref": "#/definitions/nonNegative", "description": "Distinct names beyond the row cap (counted up to a bound)." }, "overflowNamesCapped": { "type": "boolean", "description": "True when overflowNames stopped at its bound." }, "maxRows": { "$ref": "#/definitions/nonNegative", "description": "The row cap." } } }, "meta": { "type": "object", "description": "What the run was of, when known.", "properties": { "commit": { "type": "string", "description": "The commit SHA the run tested." }, "ref": { "type": "string", "description": "The branch or tag." }, "createdAt": { "type": "string", "description": "When the run was made, ISO 8601." } } }, "span": { "type": "object", "description": "First and last sample times (epoch milliseconds) of a run read from raw samples: the span merged runs cover.", "required": ["start", "end"], "properties": { "start": { "type": "number" }, "end": { "type": "number" } } }, "provenance": { "type": "object", "description": "Where the run came from, recorded when the file was written: the commit and workflow run (from GITHUB_* when present), the tool, the files read and loadgate's version.", "required": ["createdAt", "tool", "sources", "loadgate"], "properties": { "commit": { "type": "string", "description": "The commit SHA the run tested (GITHUB_SHA)." }, "ref": { "type": "string", "description": "The branch or tag: GITHUB_HEAD_REF on a pull request, else GITHUB_REF without refs/heads/ or refs/tags/." }, "repository": { "type": "string", "description": "owner/name (GITHUB_REPOSITORY)." }, "workflow": { "type": "string", "description": "GITHUB_WORKFLOW." }, "runId": { "type": "string", "description": "GITHUB_RUN_ID." }, "runAttempt": { "type": "string", "description": "GITHUB_RUN_ATTEMPT." }, "createdAt": { "type": "string", "description": "When the file was written, ISO 8601." }, "tool": { "type": "object", "description": "The load-testing tool and its version, as the result files state it.", "required": ["name"], "properties": { "name": { "type": "string" }, "version": { "type": "string" } } }, "sources": { "type": "array", "description": "The result files read, as given to loadgate, with their formats.", "items": { "type": "object", "required": ["file", "format"], "properties": { "file": { "type": "string" }, "format": { "type": "string" } } } }, "loadgate": { "type": "string", "description": "The loadgate version that wrote the file." } } } }, "if": { "properties": { "schema": { "const": "loadgate/run@2" } } }, "then": { "required": ["provenance"] }, "definitions": { "nonNegative": { "type": "number", "minimum": 0 }, "sketch": { "type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$", "description": "The DDSketch the percentiles came from (run@2), encoded: base64 of version, flags, alpha, sum, min and max (doubles), then the zero count, first bucket key and each non-empty bucket as varint key gap and count. Sketches of one alpha merge exactly." }, "latency": { "type": "object", "description": "Response time statistics in milliseconds.", "properties": { "min": { "$ref": "#/definitions/nonNegative" }, "mean": { "$ref": "#/definitions/nonNegative" }, "median": { "$ref": "#/definitions/nonNegative", "description": "The 50th percentile." }, "max": { "$ref": "#/definitions/nonNegative" }, "p90": { "$ref": "#/definitions/nonNegative" }, "p95": { "$ref": "#/definitions/nonNegative" }, "p99": { "$ref": "#/definitions/nonNegative" } } }, "endpoint": { "type": "object", "description": "Aggregates for one endpoint, or for the whole run.", "required": ["name", "latency", "quality"], "properties": { "name": { "type": "string", "description": "The name as the tool names it (query-string values replaced by *)." }, "method": { "type": "string", "description": "HTTP method, when the tool records it." }, "path": { "type": "string", "description": "URL path, when known." }, "count": { "$ref": "#/definitions/nonNegative", "description": "Requests sent." }, "errors": { "$ref": "#/definitions/nonNegative", "description": "Requests that failed." }, "errorRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "errors / count." }, "throughput": { "$ref": "#/definitions/nonNegative", "description": "Requests per second over the run." }, "latency": { "$ref": "#/definitions/latency" }, "quality": { "enum": ["exact", "sketch", "bucketed", "reported-only"], "description": "How the percentiles were computed: from every sample (k6), from a sketch (Artillery DDSketch, 1 % relative error), from buckets, or only as reported." }, "errorsByKind": { "type": "object", "description": "Failed requests by kind: error code (ETIMEDOUT) or status (HTTP 500).", "additionalProperties": { "$ref": "#/definitions/nonNegative" } }, "latencyKind": { "enum": ["total", "ttfb", "group-cumulated"], "description": "What the latency measures: the whole request, time to first byte (Artillery), or a group's cumulated response time (Gatling)." }, "kind": { "const": "transaction", "description": "A JMeter Transaction Controller parent or a Gatling group: its children are the requests, so it is not in the overall row." }, "sketch": { "$ref": "#/definitions/sketch" }, "phases": { "type": "object", "description": "Mean ms per request in each phase, when the format records them (k6 http_req_blocked ... http_req_receiving; JMeter Connect and Latency). k6 blocked holds connecting and TLS handshaking.", "properties": { "blocked": { "$ref": "#/definitions/nonNegative" }, "connecting": { "$ref": "#/definitions/nonNegative" }, "tlsHandshaking": { "$ref": "#/definitions/nonNegative" }, "sending": { "$ref": "#/definitions/nonNegative" }, "waiting": { "$ref": "#/definitions/nonNegative" }, "receiving": { "$ref": "#/definitions/nonNegative" } } } } }, "window": { "type": "object", "description": "One time window of the run.", "required": ["start", "durationSec", "count", "errors"], "properties": { "start": { "type": "number", "description": "Window start, epoch milliseconds." }, "durationSec": { "$ref": "#/definitions/nonNegative" }, "count": { "$ref": "#/definitions/nonNegative", "description": "Requests in the window." }, "errors": { "$ref": "#/definitions/nonNegative", "description": "Failed requests in the window." }, "p50": { "$ref": "#/definitions/nonNegative" }, "p95": { "$ref": "#/definitions/nonNegative" }, "p99": { "$ref": "#/definitions/nonNegative" }, "vus": { "$ref": "#/definitions/nonNegative", "description": "Most active virtual users (threads) seen in the window." }, "arrivals": { "$ref": "#/definitions/nonNegative", "description": "Virtual users started in the window (Artillery vusers.created): the offered load of an open model." }, "sketch": { "$ref": "#/definitions/sketch" } } } } };
var schema12 = { "type": "number", "minimum": 0 };
var func2 = import_ucs2length.default.default;
var schema16 = { "type": "object", "description": "Aggregates for one endpoint, or for the whole run.", "required": ["name", "latency", "quality"], "properties": { "name": { "type": "string", "description": "The name as the tool names it (query-string values replaced by *)." }, "method": { "type": "string", "description": "HTTP method, when the tool records it." }, "path": { "type": "string", "description": "URL path, when known." }, "count": { "$ref": "#/definitions/nonNegative", "description": "Requests sent." }, "errors": { "$ref": "#/definitions/nonNegative", "description": "Requests that failed." }, "errorRate": { "type": "number", "minimum": 0, "maximum": 1, "description": "errors / count." }, "throughput": { "$ref": "#/definitions/nonNegative", "description": "Requests per second over the run." }, "latency": { "$ref": "#/definitions/latency" }, "quality": { "enum": ["exact", "sketch", "bucketed", "reported-only"], "description": "How the percentiles were computed: from every sample (k6), from a sketch (Artillery DDSketch, 1 % relative error), from buckets, or only as reported." }, "errorsByKind": { "type": "object", "description": "Failed requests by kind: error code (ETIMEDOUT) or status (HTTP 500).", "additionalProperties": { "$ref": "#/definitions/nonNegative" } }, "latencyKind": { "enum": ["total", "ttfb", "group-cumulated"], "description": "What the latency measures: the whole request, time to first byte (Artillery), or a group's cumulated response time (Gatling)." }, "kind": { "const": "transaction", "description": "A JMeter Transaction Controller parent or a Gatling group: its children are the requests, so it is not in the overall row." }, "sketch": { "$ref": "#/definitions/sketch" }, "phases": { "type": "object", "description": "Mean ms per request in each phase, when the format records them (k6 http_req_blocked ... http_req_receiving; JMeter Connect and Latency). k6 blocked holds connecting and TLS handshaking.", "properties": { "blocked": { "$ref": "#/definitions/nonNegative" }, "connecting": { "$ref": "#/definitions/nonNegative" }, "tlsHandshaking": { "$ref": "#/definitions/nonNegative" }, "sending": { "$ref": "#/definitions/nonNegative" }, "waiting": { "$ref": "#/definitions/nonNegative" }, "receiving": { "$ref": "#/definitions/nonNegative" } } } } };
var schema29 = { "type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$", "description": "The DDSketch the percentiles came from (run@2), encoded: base64 of version, flags, alpha, sum, min and max (doubles), then the zero count, first bucket key and each non-empty bucket as varint key gap and count. Sketches of one alpha merge exactly." };
var schema20 = { "type": "object", "description": "Response time statistics in milliseconds.", "properties": { "min": { "$ref": "#/definitions/nonNegative" }, "mean": { "$ref": "#/definitions/nonNegative" }, "median": { "$ref": "#/definitions/nonNegative", "description": "The 50th percentile." }, "max": { "$ref": "#/definitions/nonNegative" }, "p90": { "$ref": "#/definitions/nonNegative" }, "p95": { "$ref": "#/definitions/nonNegative" }, "p99": { "$ref": "#/definitions/nonNegative" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.min !== void 0) {
      let data0 = data.min;
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err0 = { instancePath: instancePath + "/min", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/min", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mean !== void 0) {
      let data1 = data.mean;
      if (typeof data1 == "number") {
        if (data1 < 0 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/mean", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/mean", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.median !== void 0) {
      let data2 = data.median;
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err4 = { instancePath: instancePath + "/median", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/median", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data3 = data.max;
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.p90 !== void 0) {
      let data4 = data.p90;
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/p90", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/p90", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.p95 !== void 0) {
      let data5 = data.p95;
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/p95", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/p95", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.p99 !== void 0) {
      let data6 = data.p99;
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/p99", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/p99", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[A-Za-z0-9+/]*={0,2}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.latency === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency" }, message: "must have required property 'latency'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.quality === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "quality" }, message: "must have required property 'quality'", schema: schema16.required, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data1 = data.method;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.method.type, parentSchema: schema16.properties.method, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.path.type, parentSchema: schema16.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data3 = data.count;
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/count", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/count", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data4 = data.errors;
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.errorRate !== void 0) {
      let data5 = data.errorRate;
      if (typeof data5 == "number") {
        if (data5 > 1 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/errorRate", schemaPath: "#/properties/errorRate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema16.properties.errorRate, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/errorRate", schemaPath: "#/properties/errorRate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties.errorRate, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/errorRate", schemaPath: "#/properties/errorRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.errorRate.type, parentSchema: schema16.properties.errorRate, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.throughput !== void 0) {
      let data6 = data.throughput;
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err13 = { instancePath: instancePath + "/throughput", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/throughput", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.latency !== void 0) {
      if (!validate12(data.latency, { instancePath: instancePath + "/latency", parentData: data, parentDataProperty: "latency", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.quality !== void 0) {
      let data8 = data.quality;
      if (!(data8 === "exact" || data8 === "sketch" || data8 === "bucketed" || data8 === "reported-only")) {
        const err15 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/enum", keyword: "enum", params: { allowedValues: schema16.properties.quality.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.quality.enum, parentSchema: schema16.properties.quality, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.errorsByKind !== void 0) {
      let data9 = data.errorsByKind;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key0 in data9) {
          let data10 = data9[key0];
          if (typeof data10 == "number") {
            if (data10 < 0 || isNaN(data10)) {
              const err16 = { instancePath: instancePath + "/errorsByKind/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data10 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/errorsByKind/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/errorsByKind", schemaPath: "#/properties/errorsByKind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.errorsByKind.type, parentSchema: schema16.properties.errorsByKind, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.latencyKind !== void 0) {
      let data11 = data.latencyKind;
      if (!(data11 === "total" || data11 === "ttfb" || data11 === "group-cumulated")) {
        const err19 = { instancePath: instancePath + "/latencyKind", schemaPath: "#/properties/latencyKind/enum", keyword: "enum", params: { allowedValues: schema16.properties.latencyKind.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.latencyKind.enum, parentSchema: schema16.properties.latencyKind, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data12 = data.kind;
      if ("transaction" !== data12) {
        const err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "transaction" }, message: "must be equal to constant", schema: "transaction", parentSchema: schema16.properties.kind, data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.sketch !== void 0) {
      let data13 = data.sketch;
      if (typeof data13 === "string") {
        if (!pattern0.test(data13)) {
          const err21 = { instancePath: instancePath + "/sketch", schemaPath: "#/definitions/sketch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"', schema: "^[A-Za-z0-9+/]*={0,2}$", parentSchema: schema29, data: data13 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/sketch", schemaPath: "#/definitions/sketch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data13 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.phases !== void 0) {
      let data14 = data.phases;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.blocked !== void 0) {
          let data15 = data14.blocked;
          if (typeof data15 == "number") {
            if (data15 < 0 || isNaN(data15)) {
              const err23 = { instancePath: instancePath + "/phases/blocked", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data15 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/phases/blocked", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data14.connecting !== void 0) {
          let data16 = data14.connecting;
          if (typeof data16 == "number") {
            if (data16 < 0 || isNaN(data16)) {
              const err25 = { instancePath: instancePath + "/phases/connecting", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data16 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/phases/connecting", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data14.tlsHandshaking !== void 0) {
          let data17 = data14.tlsHandshaking;
          if (typeof data17 == "number") {
            if (data17 < 0 || isNaN(data17)) {
              const err27 = { instancePath: instancePath + "/phases/tlsHandshaking", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/phases/tlsHandshaking", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data17 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data14.sending !== void 0) {
          let data18 = data14.sending;
          if (typeof data18 == "number") {
            if (data18 < 0 || isNaN(data18)) {
              const err29 = { instancePath: instancePath + "/phases/sending", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data18 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/phases/sending", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data18 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data14.waiting !== void 0) {
          let data19 = data14.waiting;
          if (typeof data19 == "number") {
            if (data19 < 0 || isNaN(data19)) {
              const err31 = { instancePath: instancePath + "/phases/waiting", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data19 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/phases/waiting", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data14.receiving !== void 0) {
          let data20 = data14.receiving;
          if (typeof data20 == "number") {
            if (data20 < 0 || isNaN(data20)) {
              const err33 = { instancePath: instancePath + "/phases/receiving", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data20 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/phases/receiving", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data20 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.phases.type, parentSchema: schema16.properties.phases, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema41 = { "type": "object", "description": "One time window of the run.", "required": ["start", "durationSec", "count", "errors"], "properties": { "start": { "type": "number", "description": "Window start, epoch milliseconds." }, "durationSec": { "$ref": "#/definitions/nonNegative" }, "count": { "$ref": "#/definitions/nonNegative", "description": "Requests in the window." }, "errors": { "$ref": "#/definitions/nonNegative", "description": "Failed requests in the window." }, "p50": { "$ref": "#/definitions/nonNegative" }, "p95": { "$ref": "#/definitions/nonNegative" }, "p99": { "$ref": "#/definitions/nonNegative" }, "vus": { "$ref": "#/definitions/nonNegative", "description": "Most active virtual users (threads) seen in the window." }, "arrivals": { "$ref": "#/definitions/nonNegative", "description": "Virtual users started in the window (Artillery vusers.created): the offered load of an open model." }, "sketch": { "$ref": "#/definitions/sketch" } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.durationSec === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "durationSec" }, message: "must have required property 'durationSec'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.errors === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (!(typeof data0 == "number")) {
        const err4 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.start.type, parentSchema: schema41.properties.start, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.durationSec !== void 0) {
      let data1 = data.durationSec;
      if (typeof data1 == "number") {
        if (data1 < 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/durationSec", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/durationSec", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/count", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/count", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data3 = data.errors;
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.p50 !== void 0) {
      let data4 = data.p50;
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/p50", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/p50", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.p95 !== void 0) {
      let data5 = data.p95;
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/p95", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/p95", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.p99 !== void 0) {
      let data6 = data.p99;
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/p99", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/p99", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.vus !== void 0) {
      let data7 = data.vus;
      if (typeof data7 == "number") {
        if (data7 < 0 || isNaN(data7)) {
          const err17 = { instancePath: instancePath + "/vus", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/vus", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.arrivals !== void 0) {
      let data8 = data.arrivals;
      if (typeof data8 == "number") {
        if (data8 < 0 || isNaN(data8)) {
          const err19 = { instancePath: instancePath + "/arrivals", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/arrivals", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.sketch !== void 0) {
      let data9 = data.sketch;
      if (typeof data9 === "string") {
        if (!pattern0.test(data9)) {
          const err21 = { instancePath: instancePath + "/sketch", schemaPath: "#/definitions/sketch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+/]*={0,2}$" }, message: 'must match pattern "^[A-Za-z0-9+/]*={0,2}$"', schema: "^[A-Za-z0-9+/]*={0,2}$", parentSchema: schema29, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/sketch", schemaPath: "#/definitions/sketch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema !== void 0) {
      if ("loadgate/run@2" !== data.schema) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.provenance === void 0) {
        const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "provenance" }, message: "must have required property 'provenance'", schema: schema11.then.required, parentSchema: schema11.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema11.if, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.profile === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.overall === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overall" }, message: "must have required property 'overall'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.endpoints === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" }, message: "must have required property 'endpoints'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.thresholds === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "thresholds" }, message: "must have required property 'thresholds'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.schema !== void 0) {
      let data1 = data.schema;
      if (!(data1 === "loadgate/run@1" || data1 === "loadgate/run@2")) {
        const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/enum", keyword: "enum", params: { allowedValues: schema11.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.schema.enum, parentSchema: schema11.properties.schema, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.tool === void 0) {
          const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.format === void 0) {
          const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.file === void 0) {
          const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.source.required, parentSchema: schema11.properties.source, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2.tool !== void 0) {
          let data3 = data2.tool;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.source.properties.tool, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.tool.type, parentSchema: schema11.properties.source.properties.tool, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.format !== void 0) {
          let data4 = data2.format;
          if (!(data4 === "loadgate-run" || data4 === "k6-summary" || data4 === "k6-summary-export" || data4 === "k6-machine-readable-summary" || data4 === "artillery-report" || data4 === "k6-ndjson" || data4 === "k6-csv" || data4 === "jmeter-jtl-csv" || data4 === "jmeter-jtl-xml" || data4 === "gatling-simulation-log" || data4 === "gatling-binary-log" || data4 === "gatling-stats-json" || data4 === "gatling-global-stats-json" || data4 === "locust-stats-csv" || data4 === "locust-history-csv" || data4 === "locust-failures-csv" || data4 === "locust-exceptions-csv" || data4 === "locust-json" || data4 === "locust-worker-ldjson" || data4 === "taurus-final-stats-xml" || data4 === "taurus-final-stats-csv" || data4 === "taurus-junit-xml" || data4 === "autocannon-json")) {
            const err15 = { instancePath: instancePath + "/source/format", schemaPath: "#/properties/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.source.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.source.properties.format.enum, parentSchema: schema11.properties.source.properties.format, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.version !== void 0) {
          let data5 = data2.version;
          if (typeof data5 !== "string") {
            const err16 = { instancePath: instancePath + "/source/version", schemaPath: "#/properties/source/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.version.type, parentSchema: schema11.properties.source.properties.version, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2.file !== void 0) {
          let data6 = data2.file;
          if (typeof data6 !== "string") {
            const err17 = { instancePath: instancePath + "/source/file", schemaPath: "#/properties/source/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.source.properties.file.type, parentSchema: schema11.properties.source.properties.file, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.source.type, parentSchema: schema11.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data7 = data.profile;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.maxVUs !== void 0) {
          let data8 = data7.maxVUs;
          if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
              const err19 = { instancePath: instancePath + "/profile/maxVUs", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/profile/maxVUs", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.arrivalRate !== void 0) {
          let data9 = data7.arrivalRate;
          if (typeof data9 == "number") {
            if (data9 < 0 || isNaN(data9)) {
              const err21 = { instancePath: instancePath + "/profile/arrivalRate", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/profile/arrivalRate", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.durationSec !== void 0) {
          let data10 = data7.durationSec;
          if (typeof data10 == "number") {
            if (data10 < 0 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/profile/durationSec", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/profile/durationSec", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.iterations !== void 0) {
          let data11 = data7.iterations;
          if (typeof data11 == "number") {
            if (data11 < 0 || isNaN(data11)) {
              const err25 = { instancePath: instancePath + "/profile/iterations", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/profile/iterations", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.profile.type, parentSchema: schema11.properties.profile, data: data7 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.overall !== void 0) {
      if (!validate11(data.overall, { instancePath: instancePath + "/overall", parentData: data, parentDataProperty: "overall", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.endpoints !== void 0) {
      let data13 = data.endpoints;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data13[i0], { instancePath: instancePath + "/endpoints/" + i0, parentData: data13, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.endpoints.type, parentSchema: schema11.properties.endpoints, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data15 = data.thresholds;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.metric === void 0) {
              const err29 = { instancePath: instancePath + "/thresholds/" + i1, schemaPath: "#/properties/thresholds/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema11.properties.thresholds.items.required, parentSchema: schema11.properties.thresholds.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data16.expression === void 0) {
              const err30 = { instancePath: instancePath + "/thresholds/" + i1, schemaPath: "#/properties/thresholds/items/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'", schema: schema11.properties.thresholds.items.required, parentSchema: schema11.properties.thresholds.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data16.ok === void 0) {
              const err31 = { instancePath: instancePath + "/thresholds/" + i1, schemaPath: "#/properties/thresholds/items/required", keyword: "required", params: { missingProperty: "ok" }, message: "must have required property 'ok'", schema: schema11.properties.thresholds.items.required, parentSchema: schema11.properties.thresholds.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data16.metric !== void 0) {
              let data17 = data16.metric;
              if (typeof data17 !== "string") {
                const err32 = { instancePath: instancePath + "/thresholds/" + i1 + "/metric", schemaPath: "#/properties/thresholds/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.thresholds.items.properties.metric.type, parentSchema: schema11.properties.thresholds.items.properties.metric, data: data17 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data16.expression !== void 0) {
              let data18 = data16.expression;
              if (typeof data18 !== "string") {
                const err33 = { instancePath: instancePath + "/thresholds/" + i1 + "/expression", schemaPath: "#/properties/thresholds/items/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.thresholds.items.properties.expression.type, parentSchema: schema11.properties.thresholds.items.properties.expression, data: data18 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data16.ok !== void 0) {
              let data19 = data16.ok;
              if (typeof data19 !== "boolean") {
                const err34 = { instancePath: instancePath + "/thresholds/" + i1 + "/ok", schemaPath: "#/properties/thresholds/items/properties/ok/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.thresholds.items.properties.ok.type, parentSchema: schema11.properties.thresholds.items.properties.ok, data: data19 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/thresholds/" + i1, schemaPath: "#/properties/thresholds/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.thresholds.items.type, parentSchema: schema11.properties.thresholds.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.thresholds.type, parentSchema: schema11.properties.thresholds, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.delivery !== void 0) {
      let data20 = data.delivery;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key0 in data20) {
          if (!(key0 === "droppedIterations" || key0 === "vusersCreated" || key0 === "vusersFailed" || key0 === "aborted")) {
            const err37 = { instancePath: instancePath + "/delivery", schemaPath: "#/properties/delivery/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.delivery, data: data20 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data20.droppedIterations !== void 0) {
          let data21 = data20.droppedIterations;
          if (typeof data21 == "number") {
            if (data21 < 0 || isNaN(data21)) {
              const err38 = { instancePath: instancePath + "/delivery/droppedIterations", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data21 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/delivery/droppedIterations", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data21 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data20.vusersCreated !== void 0) {
          let data22 = data20.vusersCreated;
          if (typeof data22 == "number") {
            if (data22 < 0 || isNaN(data22)) {
              const err40 = { instancePath: instancePath + "/delivery/vusersCreated", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data22 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/delivery/vusersCreated", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data22 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data20.vusersFailed !== void 0) {
          let data23 = data20.vusersFailed;
          if (typeof data23 == "number") {
            if (data23 < 0 || isNaN(data23)) {
              const err42 = { instancePath: instancePath + "/delivery/vusersFailed", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data23 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/delivery/vusersFailed", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data23 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data20.aborted !== void 0) {
          let data24 = data20.aborted;
          if (typeof data24 !== "boolean") {
            const err44 = { instancePath: instancePath + "/delivery/aborted", schemaPath: "#/properties/delivery/properties/aborted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.delivery.properties.aborted.type, parentSchema: schema11.properties.delivery.properties.aborted, data: data24 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/delivery", schemaPath: "#/properties/delivery/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.delivery.type, parentSchema: schema11.properties.delivery, data: data20 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data25 = data.checks;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.passes === void 0) {
          const err46 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/required", keyword: "required", params: { missingProperty: "passes" }, message: "must have required property 'passes'", schema: schema11.properties.checks.required, parentSchema: schema11.properties.checks, data: data25 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data25.fails === void 0) {
          const err47 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/required", keyword: "required", params: { missingProperty: "fails" }, message: "must have required property 'fails'", schema: schema11.properties.checks.required, parentSchema: schema11.properties.checks, data: data25 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data25.passes !== void 0) {
          let data26 = data25.passes;
          if (typeof data26 == "number") {
            if (data26 < 0 || isNaN(data26)) {
              const err48 = { instancePath: instancePath + "/checks/passes", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data26 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/checks/passes", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data26 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data25.fails !== void 0) {
          let data27 = data25.fails;
          if (typeof data27 == "number") {
            if (data27 < 0 || isNaN(data27)) {
              const err50 = { instancePath: instancePath + "/checks/fails", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data27 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/checks/fails", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data27 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data25 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.series !== void 0) {
      let data28 = data.series;
      if (Array.isArray(data28)) {
        const len2 = data28.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate16(data28[i2], { instancePath: instancePath + "/series/" + i2, parentData: data28, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/series", schemaPath: "#/properties/series/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.series.type, parentSchema: schema11.properties.series, data: data28 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.folding !== void 0) {
      let data30 = data.folding;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.templatedRequests === void 0) {
          const err54 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/required", keyword: "required", params: { missingProperty: "templatedRequests" }, message: "must have required property 'templatedRequests'", schema: schema11.properties.folding.required, parentSchema: schema11.properties.folding, data: data30 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data30.templates === void 0) {
          const err55 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/required", keyword: "required", params: { missingProperty: "templates" }, message: "must have required property 'templates'", schema: schema11.properties.folding.required, parentSchema: schema11.properties.folding, data: data30 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data30.overflowRequests === void 0) {
          const err56 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/required", keyword: "required", params: { missingProperty: "overflowRequests" }, message: "must have required property 'overflowRequests'", schema: schema11.properties.folding.required, parentSchema: schema11.properties.folding, data: data30 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data30.overflowNames === void 0) {
          const err57 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/required", keyword: "required", params: { missingProperty: "overflowNames" }, message: "must have required property 'overflowNames'", schema: schema11.properties.folding.required, parentSchema: schema11.properties.folding, data: data30 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data30.maxRows === void 0) {
          const err58 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/required", keyword: "required", params: { missingProperty: "maxRows" }, message: "must have required property 'maxRows'", schema: schema11.properties.folding.required, parentSchema: schema11.properties.folding, data: data30 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        if (data30.templatedRequests !== void 0) {
          let data31 = data30.templatedRequests;
          if (typeof data31 == "number") {
            if (data31 < 0 || isNaN(data31)) {
              const err59 = { instancePath: instancePath + "/folding/templatedRequests", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data31 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/folding/templatedRequests", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data31 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data30.templates !== void 0) {
          let data32 = data30.templates;
          if (typeof data32 == "number") {
            if (data32 < 0 || isNaN(data32)) {
              const err61 = { instancePath: instancePath + "/folding/templates", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data32 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/folding/templates", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data32 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data30.overflowRequests !== void 0) {
          let data33 = data30.overflowRequests;
          if (typeof data33 == "number") {
            if (data33 < 0 || isNaN(data33)) {
              const err63 = { instancePath: instancePath + "/folding/overflowRequests", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data33 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/folding/overflowRequests", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data33 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data30.overflowNames !== void 0) {
          let data34 = data30.overflowNames;
          if (typeof data34 == "number") {
            if (data34 < 0 || isNaN(data34)) {
              const err65 = { instancePath: instancePath + "/folding/overflowNames", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data34 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/folding/overflowNames", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data34 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data30.overflowNamesCapped !== void 0) {
          let data35 = data30.overflowNamesCapped;
          if (typeof data35 !== "boolean") {
            const err67 = { instancePath: instancePath + "/folding/overflowNamesCapped", schemaPath: "#/properties/folding/properties/overflowNamesCapped/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.folding.properties.overflowNamesCapped.type, parentSchema: schema11.properties.folding.properties.overflowNamesCapped, data: data35 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data30.maxRows !== void 0) {
          let data36 = data30.maxRows;
          if (typeof data36 == "number") {
            if (data36 < 0 || isNaN(data36)) {
              const err68 = { instancePath: instancePath + "/folding/maxRows", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12, data: data36 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/folding/maxRows", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.type, parentSchema: schema12, data: data36 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/folding", schemaPath: "#/properties/folding/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.folding.type, parentSchema: schema11.properties.folding, data: data30 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.meta !== void 0) {
      let data37 = data.meta;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        if (data37.commit !== void 0) {
          let data38 = data37.commit;
          if (typeof data38 !== "string") {
            const err71 = { instancePath: instancePath + "/meta/commit", schemaPath: "#/properties/meta/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meta.properties.commit.type, parentSchema: schema11.properties.meta.properties.commit, data: data38 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data37.ref !== void 0) {
          let data39 = data37.ref;
          if (typeof data39 !== "string") {
            const err72 = { instancePath: instancePath + "/meta/ref", schemaPath: "#/properties/meta/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meta.properties.ref.type, parentSchema: schema11.properties.meta.properties.ref, data: data39 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data37.createdAt !== void 0) {
          let data40 = data37.createdAt;
          if (typeof data40 !== "string") {
            const err73 = { instancePath: instancePath + "/meta/createdAt", schemaPath: "#/properties/meta/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meta.properties.createdAt.type, parentSchema: schema11.properties.meta.properties.createdAt, data: data40 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.meta.type, parentSchema: schema11.properties.meta, data: data37 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.span !== void 0) {
      let data41 = data.span;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        if (data41.start === void 0) {
          const err75 = { instancePath: instancePath + "/span", schemaPath: "#/properties/span/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema11.properties.span.required, parentSchema: schema11.properties.span, data: data41 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data41.end === void 0) {
          const err76 = { instancePath: instancePath + "/span", schemaPath: "#/properties/span/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema11.properties.span.required, parentSchema: schema11.properties.span, data: data41 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data41.start !== void 0) {
          let data42 = data41.start;
          if (!(typeof data42 == "number")) {
            const err77 = { instancePath: instancePath + "/span/start", schemaPath: "#/properties/span/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.span.properties.start.type, parentSchema: schema11.properties.span.properties.start, data: data42 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data41.end !== void 0) {
          let data43 = data41.end;
          if (!(typeof data43 == "number")) {
            const err78 = { instancePath: instancePath + "/span/end", schemaPath: "#/properties/span/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.span.properties.end.type, parentSchema: schema11.properties.span.properties.end, data: data43 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/span", schemaPath: "#/properties/span/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.span.type, parentSchema: schema11.properties.span, data: data41 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data44 = data.provenance;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        if (data44.createdAt === void 0) {
          const err80 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'", schema: schema11.properties.provenance.required, parentSchema: schema11.properties.provenance, data: data44 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        if (data44.tool === void 0) {
          const err81 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema11.properties.provenance.required, parentSchema: schema11.properties.provenance, data: data44 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        if (data44.sources === void 0) {
          const err82 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'", schema: schema11.properties.provenance.required, parentSchema: schema11.properties.provenance, data: data44 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data44.loadgate === void 0) {
          const err83 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/required", keyword: "required", params: { missingProperty: "loadgate" }, message: "must have required property 'loadgate'", schema: schema11.properties.provenance.required, parentSchema: schema11.properties.provenance, data: data44 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data44.commit !== void 0) {
          let data45 = data44.commit;
          if (typeof data45 !== "string") {
            const err84 = { instancePath: instancePath + "/provenance/commit", schemaPath: "#/properties/provenance/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.commit.type, parentSchema: schema11.properties.provenance.properties.commit, data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data44.ref !== void 0) {
          let data46 = data44.ref;
          if (typeof data46 !== "string") {
            const err85 = { instancePath: instancePath + "/provenance/ref", schemaPath: "#/properties/provenance/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.ref.type, parentSchema: schema11.properties.provenance.properties.ref, data: data46 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data44.repository !== void 0) {
          let data47 = data44.repository;
          if (typeof data47 !== "string") {
            const err86 = { instancePath: instancePath + "/provenance/repository", schemaPath: "#/properties/provenance/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.repository.type, parentSchema: schema11.properties.provenance.properties.repository, data: data47 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data44.workflow !== void 0) {
          let data48 = data44.workflow;
          if (typeof data48 !== "string") {
            const err87 = { instancePath: instancePath + "/provenance/workflow", schemaPath: "#/properties/provenance/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.workflow.type, parentSchema: schema11.properties.provenance.properties.workflow, data: data48 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data44.runId !== void 0) {
          let data49 = data44.runId;
          if (typeof data49 !== "string") {
            const err88 = { instancePath: instancePath + "/provenance/runId", schemaPath: "#/properties/provenance/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.runId.type, parentSchema: schema11.properties.provenance.properties.runId, data: data49 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data44.runAttempt !== void 0) {
          let data50 = data44.runAttempt;
          if (typeof data50 !== "string") {
            const err89 = { instancePath: instancePath + "/provenance/runAttempt", schemaPath: "#/properties/provenance/properties/runAttempt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.runAttempt.type, parentSchema: schema11.properties.provenance.properties.runAttempt, data: data50 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data44.createdAt !== void 0) {
          let data51 = data44.createdAt;
          if (typeof data51 !== "string") {
            const err90 = { instancePath: instancePath + "/provenance/createdAt", schemaPath: "#/properties/provenance/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.createdAt.type, parentSchema: schema11.properties.provenance.properties.createdAt, data: data51 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data44.tool !== void 0) {
          let data52 = data44.tool;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            if (data52.name === void 0) {
              const err91 = { instancePath: instancePath + "/provenance/tool", schemaPath: "#/properties/provenance/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.provenance.properties.tool.required, parentSchema: schema11.properties.provenance.properties.tool, data: data52 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data52.name !== void 0) {
              let data53 = data52.name;
              if (typeof data53 !== "string") {
                const err92 = { instancePath: instancePath + "/provenance/tool/name", schemaPath: "#/properties/provenance/properties/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.tool.properties.name.type, parentSchema: schema11.properties.provenance.properties.tool.properties.name, data: data53 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data52.version !== void 0) {
              let data54 = data52.version;
              if (typeof data54 !== "string") {
                const err93 = { instancePath: instancePath + "/provenance/tool/version", schemaPath: "#/properties/provenance/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.tool.properties.version.type, parentSchema: schema11.properties.provenance.properties.tool.properties.version, data: data54 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/provenance/tool", schemaPath: "#/properties/provenance/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.provenance.properties.tool.type, parentSchema: schema11.properties.provenance.properties.tool, data: data52 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data44.sources !== void 0) {
          let data55 = data44.sources;
          if (Array.isArray(data55)) {
            const len3 = data55.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data56 = data55[i3];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.file === void 0) {
                  const err95 = { instancePath: instancePath + "/provenance/sources/" + i3, schemaPath: "#/properties/provenance/properties/sources/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.provenance.properties.sources.items.required, parentSchema: schema11.properties.provenance.properties.sources.items, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data56.format === void 0) {
                  const err96 = { instancePath: instancePath + "/provenance/sources/" + i3, schemaPath: "#/properties/provenance/properties/sources/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema11.properties.provenance.properties.sources.items.required, parentSchema: schema11.properties.provenance.properties.sources.items, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data56.file !== void 0) {
                  let data57 = data56.file;
                  if (typeof data57 !== "string") {
                    const err97 = { instancePath: instancePath + "/provenance/sources/" + i3 + "/file", schemaPath: "#/properties/provenance/properties/sources/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.sources.items.properties.file.type, parentSchema: schema11.properties.provenance.properties.sources.items.properties.file, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data56.format !== void 0) {
                  let data58 = data56.format;
                  if (typeof data58 !== "string") {
                    const err98 = { instancePath: instancePath + "/provenance/sources/" + i3 + "/format", schemaPath: "#/properties/provenance/properties/sources/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.sources.items.properties.format.type, parentSchema: schema11.properties.provenance.properties.sources.items.properties.format, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/provenance/sources/" + i3, schemaPath: "#/properties/provenance/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.provenance.properties.sources.items.type, parentSchema: schema11.properties.provenance.properties.sources.items, data: data56 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/provenance/sources", schemaPath: "#/properties/provenance/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.provenance.properties.sources.type, parentSchema: schema11.properties.provenance.properties.sources, data: data55 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data44.loadgate !== void 0) {
          let data59 = data44.loadgate;
          if (typeof data59 !== "string") {
            const err101 = { instancePath: instancePath + "/provenance/loadgate", schemaPath: "#/properties/provenance/properties/loadgate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provenance.properties.loadgate.type, parentSchema: schema11.properties.provenance.properties.loadgate, data: data59 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      } else {
        const err102 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.provenance.type, parentSchema: schema11.properties.provenance, data: data44 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
  } else {
    const err103 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err103];
    } else {
      vErrors.push(err103);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validator1 = validate18;
var schema56 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "loadgate:config", "title": "loadgate configuration (.loadgate.yml)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs (minimatch) of files to lint. Default: every file, recognised by content." }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files never to lint. node_modules and .git are always excluded." }, "rules": { "type": "object", "description": "Severity (and options) per rule id: `id: warning`, `id: [error, {option: value}]`.", "properties": {}, "additionalProperties": { "anyOf": [{ "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, { "type": "array", "items": [{ "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, { "type": "object" }], "minItems": 1, "maxItems": 2, "additionalItems": false }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, "options": { "type": "object" } } }] } }, "overrides": { "type": "array", "description": "Rule settings for files matching globs; later entries win.", "items": { "type": "object", "additionalProperties": false, "required": ["files", "rules"], "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "rules": { "type": "object", "description": "Severity (and options) per rule id: `id: warning`, `id: [error, {option: value}]`.", "properties": {}, "additionalProperties": { "anyOf": [{ "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, { "type": "array", "items": [{ "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, { "type": "object" }], "minItems": 1, "maxItems": 2, "additionalItems": false }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "info", "warning", "error"], "description": "off, info, warning or error." }, "options": { "type": "object" } } }] } } } } }, "results": { "description": "Result files (paths or globs) of the current run, recognised by content; an entry {path, format} names the format, which wins.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["path", "format"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The file or glob." }, "format": { "enum": ["loadgate-run", "k6-summary", "k6-summary-export", "k6-machine-readable-summary", "artillery-report", "k6-ndjson", "k6-csv", "jmeter-jtl-csv", "jmeter-jtl-xml", "gatling-simulation-log", "gatling-binary-log", "gatling-stats-json", "gatling-global-stats-json", "locust-stats-csv", "locust-history-csv", "locust-failures-csv", "locust-exceptions-csv", "locust-json", "locust-worker-ldjson", "taurus-final-stats-xml", "taurus-final-stats-csv", "taurus-junit-xml", "autocannon-json"], "description": "The result format of the file(s); wins over recognising them by content." } } }] } }] }, "baseline": { "description": "The baseline: a loadgate run file or a raw result of the same tool ({path, format} names its format), or auto: the baseline artifact of the base branch's latest successful run (GitHub Actions), then baseline-path.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "additionalProperties": false, "required": ["path", "format"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The file or glob." }, "format": { "enum": ["loadgate-run", "k6-summary", "k6-summary-export", "k6-machine-readable-summary", "artillery-report", "k6-ndjson", "k6-csv", "jmeter-jtl-csv", "jmeter-jtl-xml", "gatling-simulation-log", "gatling-binary-log", "gatling-stats-json", "gatling-global-stats-json", "locust-stats-csv", "locust-history-csv", "locust-failures-csv", "locust-exceptions-csv", "locust-json", "locust-worker-ldjson", "taurus-final-stats-xml", "taurus-final-stats-csv", "taurus-junit-xml", "autocannon-json"], "description": "The result format of the file(s); wins over recognising them by content." } } }] }, "baseline-path": { "description": "With baseline: auto, the run or result file in the repository to compare with when no baseline artifact is found.", "type": "string", "minLength": 1 }, "regression": { "type": "object", "description": "Regression budget: a metric regresses only when it worsens beyond BOTH its relative and its absolute limit.", "additionalProperties": false, "properties": { "p50": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "Median latency. Default: +10 % and +5 ms." }, "p90": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "90th percentile latency. Default: not judged (true: +10 % and +5 ms)." }, "p95": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "95th percentile latency. Default: +10 % and +5 ms." }, "p99": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "99th percentile latency. Default: +10 % and +5 ms." }, "mean": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "Mean latency. Default: not judged (true: +10 % and +5 ms)." }, "error-rate": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "Failed requests / requests. Default: +0.5 percentage points." }, "throughput": { "anyOf": [{ "type": "boolean", "description": "false: do not judge this metric; true: judge it with the default budget." }, { "type": "object", "additionalProperties": false, "properties": { "relative": { "type": "number", "minimum": 0, "description": "Relative worsening allowed, in percent (10 = 10 %)." }, "absolute": { "type": "number", "minimum": 0, "description": "Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput." }, "direction": { "enum": ["lower-is-better", "higher-is-better"], "description": "Which way is better. Default: lower for latency and error rate, higher for throughput." } } }], "description": "Requests per second. Default: \u221210 %." }, "profile-tolerance": { "type": "number", "minimum": 0, "description": "How much (percent) the load profiles may differ before runs are not comparable. Default 10." }, "min-requests": { "type": "integer", "minimum": 0, "description": "Fewer requests than this on either side makes a row inconclusive. Default 30." }, "false-discovery-rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Benjamini-Hochberg level over all endpoint \xD7 metric tests of one comparison: the share of named regressions that may be false. Default 0.05." }, "history-window": { "type": "integer", "minimum": 4, "description": "With a history (--history): how many of its latest runs of the same tool a percentile is judged against, by a Student-t prediction interval of their values (it decides a percentile reported without samples; one with samples must lie outside it too). At least 4 runs are needed. Default 20." } } }, "history": { "type": "object", "additionalProperties": false, "description": "The history of default-branch runs (docs/history.md): change points and the trend chart in the report.", "properties": { "path": { "type": "string", "minLength": 1, "description": "The history file (loadgate/history@1), relative to this file." }, "max-runs": { "type": "integer", "minimum": 2, "maximum": 1e4, "description": 'How many runs the history keeps; older ones are pruned by "loadgate history append". Default 100.' }, "runs": { "type": "integer", "minimum": 2, "maximum": 200, "description": "Runs shown in the trend chart. Default 20." } } }, "slo": { "type": "array", "description": 'Absolute targets (SLOs) checked on the current run, with or without a baseline: per endpoint glob (omitted: the whole run) and metric, e.g. {endpoint: "GET /api/*", p95: 400ms, error-rate: 1%, throughput: ">= 50/s"}.', "items": { "type": "object", "additionalProperties": false, "properties": { "endpoint": { "type": "string", "minLength": 1, "description": 'minimatch glob over "METHOD /path", the endpoint name or its path. Omitted: the overall row (all requests).' }, "p50": { "type": ["string", "number"], "description": 'Ceiling on p50, with a unit: 400ms, 1.5s, "< 300ms".' }, "p90": { "type": ["string", "number"], "description": 'Ceiling on p90, with a unit: 400ms, 1.5s, "< 300ms".' }, "p95": { "type": ["string", "number"], "description": 'Ceiling on p95, with a unit: 400ms, 1.5s, "< 300ms".' }, "p99": { "type": ["string", "number"], "description": 'Ceiling on p99, with a unit: 400ms, 1.5s, "< 300ms".' }, "mean": { "type": ["string", "number"], "description": 'Ceiling on mean, with a unit: 400ms, 1.5s, "< 300ms".' }, "error-rate": { "type": ["string", "number"], "description": 'Ceiling on the error rate, in percent: 1%, "< 0.5%".' }, "throughput": { "type": ["string", "number"], "description": 'Floor on requests per second: ">= 50/s", "3000/min".' } } } }, "fail-on": { "enum": ["error", "warning", "regression", "never"], "description": "What fails the build: findings at error (default) or warning and above, regressions only, or never. Regressions fail at every level but never." }, "comment": { "enum": ["always", "on-problems", "never"], "description": "When to post or update the sticky PR comment. Default on-problems." }, "comment-id": { "type": "string", "minLength": 1, "maxLength": 100, "description": "Keeps this configuration's sticky PR comment apart from those of other loadgate steps on the same pull request (one per job or matrix leg). Default: the job id. The action input comment-id wins over it." } } };
var func3 = Object.prototype.hasOwnProperty;
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema56.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.$schema.type, parentSchema: schema56.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.include.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.include.items.type, parentSchema: schema56.properties.include.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.include.type, parentSchema: schema56.properties.include, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.exclude.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.exclude.items.type, parentSchema: schema56.properties.exclude.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.exclude.type, parentSchema: schema56.properties.exclude, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          const _errs16 = errors;
          let valid6 = false;
          const _errs17 = errors;
          if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
            const err8 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema56.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.rules.additionalProperties.anyOf[0].enum, parentSchema: schema56.properties.rules.additionalProperties.anyOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          valid6 = valid6 || _valid0;
          if (!valid6) {
            const _errs18 = errors;
            if (Array.isArray(data6)) {
              if (data6.length > 2) {
                const err9 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data6.length < 1) {
                const err10 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              const len2 = data6.length;
              if (!(len2 <= 2)) {
                const err11 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              const len3 = data6.length;
              if (len3 > 0) {
                let data7 = data6[0];
                if (!(data7 === "off" || data7 === "info" || data7 === "warning" || data7 === "error")) {
                  const err12 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema56.properties.rules.additionalProperties.anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.rules.additionalProperties.anyOf[1].items[0].enum, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1].items[0], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              if (len3 > 1) {
                let data8 = data6[1];
                if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                  const err13 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.rules.additionalProperties.anyOf[1].items[1].type, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1].items[1], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            } else {
              const err14 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema56.properties.rules.additionalProperties.anyOf[1], data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            var _valid0 = _errs18 === errors;
            valid6 = valid6 || _valid0;
            if (!valid6) {
              const _errs23 = errors;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key2 in data6) {
                  if (!(key2 === "severity" || key2 === "options")) {
                    const err15 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.rules.additionalProperties.anyOf[2], data: data6 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data6.severity !== void 0) {
                  let data9 = data6.severity;
                  if (!(data9 === "off" || data9 === "info" || data9 === "warning" || data9 === "error")) {
                    const err16 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/rules/additionalProperties/anyOf/2/properties/severity/enum", keyword: "enum", params: { allowedValues: schema56.properties.rules.additionalProperties.anyOf[2].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.rules.additionalProperties.anyOf[2].properties.severity.enum, parentSchema: schema56.properties.rules.additionalProperties.anyOf[2].properties.severity, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data6.options !== void 0) {
                  let data10 = data6.options;
                  if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                    const err17 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/rules/additionalProperties/anyOf/2/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.rules.additionalProperties.anyOf[2].properties.options.type, parentSchema: schema56.properties.rules.additionalProperties.anyOf[2].properties.options, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.rules.additionalProperties.anyOf[2].type, parentSchema: schema56.properties.rules.additionalProperties.anyOf[2], data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              var _valid0 = _errs23 === errors;
              valid6 = valid6 || _valid0;
            }
          }
          if (!valid6) {
            const err19 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.rules.additionalProperties.anyOf, parentSchema: schema56.properties.rules.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.rules.type, parentSchema: schema56.properties.rules, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data11 = data.overrides;
      if (Array.isArray(data11)) {
        const len4 = data11.length;
        for (let i2 = 0; i2 < len4; i2++) {
          let data12 = data11[i2];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.files === void 0) {
              const err21 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema56.properties.overrides.items.required, parentSchema: schema56.properties.overrides.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data12.rules === void 0) {
              const err22 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema56.properties.overrides.items.required, parentSchema: schema56.properties.overrides.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "files" || key3 === "rules")) {
                const err23 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.overrides.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data12.files !== void 0) {
              let data13 = data12.files;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  const err24 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.overrides.items.properties.files, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                const len5 = data13.length;
                for (let i3 = 0; i3 < len5; i3++) {
                  let data14 = data13[i3];
                  if (typeof data14 === "string") {
                    if (func2(data14) < 1) {
                      const err25 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.overrides.items.properties.files.items, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.overrides.items.properties.files.items.type, parentSchema: schema56.properties.overrides.items.properties.files.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.overrides.items.properties.files.type, parentSchema: schema56.properties.overrides.items.properties.files, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data12.rules !== void 0) {
              let data15 = data12.rules;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key4 in data15) {
                  let data16 = data15[key4];
                  const _errs42 = errors;
                  let valid15 = false;
                  const _errs43 = errors;
                  if (!(data16 === "off" || data16 === "info" || data16 === "warning" || data16 === "error")) {
                    const err28 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[0].enum, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[0], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  var _valid1 = _errs43 === errors;
                  valid15 = valid15 || _valid1;
                  if (!valid15) {
                    const _errs44 = errors;
                    if (Array.isArray(data16)) {
                      if (data16.length > 2) {
                        const err29 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1], data: data16 };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                      if (data16.length < 1) {
                        const err30 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1], data: data16 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                      const len6 = data16.length;
                      if (!(len6 <= 2)) {
                        const err31 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1], data: data16 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                      const len7 = data16.length;
                      if (len7 > 0) {
                        let data17 = data16[0];
                        if (!(data17 === "off" || data17 === "info" || data17 === "warning" || data17 === "error")) {
                          const err32 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[0].enum, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[0], data: data17 };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                      }
                      if (len7 > 1) {
                        let data18 = data16[1];
                        if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                          const err33 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[1].type, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].items[1], data: data18 };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err34 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[1], data: data16 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    var _valid1 = _errs44 === errors;
                    valid15 = valid15 || _valid1;
                    if (!valid15) {
                      const _errs49 = errors;
                      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                        for (const key5 in data16) {
                          if (!(key5 === "severity" || key5 === "options")) {
                            const err35 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2], data: data16 };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data16.severity !== void 0) {
                          let data19 = data16.severity;
                          if (!(data19 === "off" || data19 === "info" || data19 === "warning" || data19 === "error")) {
                            const err36 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/2/properties/severity/enum", keyword: "enum", params: { allowedValues: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].properties.severity.enum, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].properties.severity, data: data19 };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                        if (data16.options !== void 0) {
                          let data20 = data16.options;
                          if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                            const err37 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/options", schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/2/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].properties.options.type, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].properties.options, data: data20 };
                            if (vErrors === null) {
                              vErrors = [err37];
                            } else {
                              vErrors.push(err37);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err38 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2].type, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf[2], data: data16 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      var _valid1 = _errs49 === errors;
                      valid15 = valid15 || _valid1;
                    }
                  }
                  if (!valid15) {
                    const err39 = { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.overrides.items.properties.rules.additionalProperties.anyOf, parentSchema: schema56.properties.overrides.items.properties.rules.additionalProperties, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  } else {
                    errors = _errs42;
                    if (vErrors !== null) {
                      if (_errs42) {
                        vErrors.length = _errs42;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.properties.rules.type, parentSchema: schema56.properties.overrides.items.properties.rules, data: data15 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.overrides.items.type, parentSchema: schema56.properties.overrides.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.overrides.type, parentSchema: schema56.properties.overrides, data: data11 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data21 = data.results;
      const _errs56 = errors;
      let valid18 = false;
      const _errs57 = errors;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err43 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.results.anyOf[0], data: data21 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.results.anyOf[0].type, parentSchema: schema56.properties.results.anyOf[0], data: data21 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      var _valid2 = _errs57 === errors;
      valid18 = valid18 || _valid2;
      if (!valid18) {
        const _errs59 = errors;
        if (Array.isArray(data21)) {
          const len8 = data21.length;
          for (let i4 = 0; i4 < len8; i4++) {
            let data22 = data21[i4];
            const _errs62 = errors;
            let valid21 = false;
            const _errs63 = errors;
            if (typeof data22 === "string") {
              if (func2(data22) < 1) {
                const err45 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[0], data: data22 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            } else {
              const err46 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.results.anyOf[1].items.anyOf[0].type, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[0], data: data22 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            var _valid3 = _errs63 === errors;
            valid21 = valid21 || _valid3;
            if (!valid21) {
              const _errs65 = errors;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.path === void 0) {
                  const err47 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema56.properties.results.anyOf[1].items.anyOf[1].required, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data22.format === void 0) {
                  const err48 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema56.properties.results.anyOf[1].items.anyOf[1].required, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1], data: data22 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                for (const key6 in data22) {
                  if (!(key6 === "path" || key6 === "format")) {
                    const err49 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1], data: data22 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data22.path !== void 0) {
                  let data23 = data22.path;
                  if (typeof data23 === "string") {
                    if (func2(data23) < 1) {
                      const err50 = { instancePath: instancePath + "/results/" + i4 + "/path", schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1].properties.path, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  } else {
                    const err51 = { instancePath: instancePath + "/results/" + i4 + "/path", schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.results.anyOf[1].items.anyOf[1].properties.path.type, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1].properties.path, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data22.format !== void 0) {
                  let data24 = data22.format;
                  if (!(data24 === "loadgate-run" || data24 === "k6-summary" || data24 === "k6-summary-export" || data24 === "k6-machine-readable-summary" || data24 === "artillery-report" || data24 === "k6-ndjson" || data24 === "k6-csv" || data24 === "jmeter-jtl-csv" || data24 === "jmeter-jtl-xml" || data24 === "gatling-simulation-log" || data24 === "gatling-binary-log" || data24 === "gatling-stats-json" || data24 === "gatling-global-stats-json" || data24 === "locust-stats-csv" || data24 === "locust-history-csv" || data24 === "locust-failures-csv" || data24 === "locust-exceptions-csv" || data24 === "locust-json" || data24 === "locust-worker-ldjson" || data24 === "taurus-final-stats-xml" || data24 === "taurus-final-stats-csv" || data24 === "taurus-junit-xml" || data24 === "autocannon-json")) {
                    const err52 = { instancePath: instancePath + "/results/" + i4 + "/format", schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/properties/format/enum", keyword: "enum", params: { allowedValues: schema56.properties.results.anyOf[1].items.anyOf[1].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.results.anyOf[1].items.anyOf[1].properties.format.enum, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1].properties.format, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.results.anyOf[1].items.anyOf[1].type, parentSchema: schema56.properties.results.anyOf[1].items.anyOf[1], data: data22 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              var _valid3 = _errs65 === errors;
              valid21 = valid21 || _valid3;
            }
            if (!valid21) {
              const err54 = { instancePath: instancePath + "/results/" + i4, schemaPath: "#/properties/results/anyOf/1/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.results.anyOf[1].items.anyOf, parentSchema: schema56.properties.results.anyOf[1].items, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            } else {
              errors = _errs62;
              if (vErrors !== null) {
                if (_errs62) {
                  vErrors.length = _errs62;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err55 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.results.anyOf[1].type, parentSchema: schema56.properties.results.anyOf[1], data: data21 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        var _valid2 = _errs59 === errors;
        valid18 = valid18 || _valid2;
      }
      if (!valid18) {
        const err56 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.results.anyOf, parentSchema: schema56.properties.results, data: data21 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      } else {
        errors = _errs56;
        if (vErrors !== null) {
          if (_errs56) {
            vErrors.length = _errs56;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data25 = data.baseline;
      const _errs72 = errors;
      let valid23 = false;
      const _errs73 = errors;
      if (typeof data25 === "string") {
        if (func2(data25) < 1) {
          const err57 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.baseline.anyOf[0], data: data25 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      } else {
        const err58 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.baseline.anyOf[0].type, parentSchema: schema56.properties.baseline.anyOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      var _valid4 = _errs73 === errors;
      valid23 = valid23 || _valid4;
      if (!valid23) {
        const _errs75 = errors;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
          if (data25.path === void 0) {
            const err59 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema56.properties.baseline.anyOf[1].required, parentSchema: schema56.properties.baseline.anyOf[1], data: data25 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (data25.format === void 0) {
            const err60 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema56.properties.baseline.anyOf[1].required, parentSchema: schema56.properties.baseline.anyOf[1], data: data25 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          for (const key7 in data25) {
            if (!(key7 === "path" || key7 === "format")) {
              const err61 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.baseline.anyOf[1], data: data25 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
          if (data25.path !== void 0) {
            let data26 = data25.path;
            if (typeof data26 === "string") {
              if (func2(data26) < 1) {
                const err62 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.baseline.anyOf[1].properties.path, data: data26 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            } else {
              const err63 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.baseline.anyOf[1].properties.path.type, parentSchema: schema56.properties.baseline.anyOf[1].properties.path, data: data26 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
          if (data25.format !== void 0) {
            let data27 = data25.format;
            if (!(data27 === "loadgate-run" || data27 === "k6-summary" || data27 === "k6-summary-export" || data27 === "k6-machine-readable-summary" || data27 === "artillery-report" || data27 === "k6-ndjson" || data27 === "k6-csv" || data27 === "jmeter-jtl-csv" || data27 === "jmeter-jtl-xml" || data27 === "gatling-simulation-log" || data27 === "gatling-binary-log" || data27 === "gatling-stats-json" || data27 === "gatling-global-stats-json" || data27 === "locust-stats-csv" || data27 === "locust-history-csv" || data27 === "locust-failures-csv" || data27 === "locust-exceptions-csv" || data27 === "locust-json" || data27 === "locust-worker-ldjson" || data27 === "taurus-final-stats-xml" || data27 === "taurus-final-stats-csv" || data27 === "taurus-junit-xml" || data27 === "autocannon-json")) {
              const err64 = { instancePath: instancePath + "/baseline/format", schemaPath: "#/properties/baseline/anyOf/1/properties/format/enum", keyword: "enum", params: { allowedValues: schema56.properties.baseline.anyOf[1].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.baseline.anyOf[1].properties.format.enum, parentSchema: schema56.properties.baseline.anyOf[1].properties.format, data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        } else {
          const err65 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.baseline.anyOf[1].type, parentSchema: schema56.properties.baseline.anyOf[1], data: data25 };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        var _valid4 = _errs75 === errors;
        valid23 = valid23 || _valid4;
      }
      if (!valid23) {
        const err66 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.baseline.anyOf, parentSchema: schema56.properties.baseline, data: data25 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      } else {
        errors = _errs72;
        if (vErrors !== null) {
          if (_errs72) {
            vErrors.length = _errs72;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["baseline-path"] !== void 0) {
      let data28 = data["baseline-path"];
      if (typeof data28 === "string") {
        if (func2(data28) < 1) {
          const err67 = { instancePath: instancePath + "/baseline-path", schemaPath: "#/properties/baseline-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties["baseline-path"], data: data28 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      } else {
        const err68 = { instancePath: instancePath + "/baseline-path", schemaPath: "#/properties/baseline-path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties["baseline-path"].type, parentSchema: schema56.properties["baseline-path"], data: data28 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.regression !== void 0) {
      let data29 = data.regression;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key8 in data29) {
          if (!func3.call(schema56.properties.regression.properties, key8)) {
            const err69 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression, data: data29 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data29.p50 !== void 0) {
          let data30 = data29.p50;
          const _errs87 = errors;
          let valid26 = false;
          const _errs88 = errors;
          if (typeof data30 !== "boolean") {
            const err70 = { instancePath: instancePath + "/regression/p50", schemaPath: "#/properties/regression/properties/p50/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.p50.anyOf[0].type, parentSchema: schema56.properties.regression.properties.p50.anyOf[0], data: data30 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          var _valid5 = _errs88 === errors;
          valid26 = valid26 || _valid5;
          if (!valid26) {
            const _errs90 = errors;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
              for (const key9 in data30) {
                if (!(key9 === "relative" || key9 === "absolute" || key9 === "direction")) {
                  const err71 = { instancePath: instancePath + "/regression/p50", schemaPath: "#/properties/regression/properties/p50/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.p50.anyOf[1], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data30.relative !== void 0) {
                let data31 = data30.relative;
                if (typeof data31 == "number") {
                  if (data31 < 0 || isNaN(data31)) {
                    const err72 = { instancePath: instancePath + "/regression/p50/relative", schemaPath: "#/properties/regression/properties/p50/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p50.anyOf[1].properties.relative, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                } else {
                  const err73 = { instancePath: instancePath + "/regression/p50/relative", schemaPath: "#/properties/regression/properties/p50/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p50.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.p50.anyOf[1].properties.relative, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              if (data30.absolute !== void 0) {
                let data32 = data30.absolute;
                if (typeof data32 == "number") {
                  if (data32 < 0 || isNaN(data32)) {
                    const err74 = { instancePath: instancePath + "/regression/p50/absolute", schemaPath: "#/properties/regression/properties/p50/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p50.anyOf[1].properties.absolute, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                } else {
                  const err75 = { instancePath: instancePath + "/regression/p50/absolute", schemaPath: "#/properties/regression/properties/p50/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p50.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.p50.anyOf[1].properties.absolute, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
              if (data30.direction !== void 0) {
                let data33 = data30.direction;
                if (!(data33 === "lower-is-better" || data33 === "higher-is-better")) {
                  const err76 = { instancePath: instancePath + "/regression/p50/direction", schemaPath: "#/properties/regression/properties/p50/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.p50.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.p50.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.p50.anyOf[1].properties.direction, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
            } else {
              const err77 = { instancePath: instancePath + "/regression/p50", schemaPath: "#/properties/regression/properties/p50/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.p50.anyOf[1].type, parentSchema: schema56.properties.regression.properties.p50.anyOf[1], data: data30 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            var _valid5 = _errs90 === errors;
            valid26 = valid26 || _valid5;
          }
          if (!valid26) {
            const err78 = { instancePath: instancePath + "/regression/p50", schemaPath: "#/properties/regression/properties/p50/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.p50.anyOf, parentSchema: schema56.properties.regression.properties.p50, data: data30 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          } else {
            errors = _errs87;
            if (vErrors !== null) {
              if (_errs87) {
                vErrors.length = _errs87;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29.p90 !== void 0) {
          let data34 = data29.p90;
          const _errs99 = errors;
          let valid28 = false;
          const _errs100 = errors;
          if (typeof data34 !== "boolean") {
            const err79 = { instancePath: instancePath + "/regression/p90", schemaPath: "#/properties/regression/properties/p90/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.p90.anyOf[0].type, parentSchema: schema56.properties.regression.properties.p90.anyOf[0], data: data34 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          var _valid6 = _errs100 === errors;
          valid28 = valid28 || _valid6;
          if (!valid28) {
            const _errs102 = errors;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
              for (const key10 in data34) {
                if (!(key10 === "relative" || key10 === "absolute" || key10 === "direction")) {
                  const err80 = { instancePath: instancePath + "/regression/p90", schemaPath: "#/properties/regression/properties/p90/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.p90.anyOf[1], data: data34 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data34.relative !== void 0) {
                let data35 = data34.relative;
                if (typeof data35 == "number") {
                  if (data35 < 0 || isNaN(data35)) {
                    const err81 = { instancePath: instancePath + "/regression/p90/relative", schemaPath: "#/properties/regression/properties/p90/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p90.anyOf[1].properties.relative, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                } else {
                  const err82 = { instancePath: instancePath + "/regression/p90/relative", schemaPath: "#/properties/regression/properties/p90/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p90.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.p90.anyOf[1].properties.relative, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data34.absolute !== void 0) {
                let data36 = data34.absolute;
                if (typeof data36 == "number") {
                  if (data36 < 0 || isNaN(data36)) {
                    const err83 = { instancePath: instancePath + "/regression/p90/absolute", schemaPath: "#/properties/regression/properties/p90/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p90.anyOf[1].properties.absolute, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/regression/p90/absolute", schemaPath: "#/properties/regression/properties/p90/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p90.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.p90.anyOf[1].properties.absolute, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data34.direction !== void 0) {
                let data37 = data34.direction;
                if (!(data37 === "lower-is-better" || data37 === "higher-is-better")) {
                  const err85 = { instancePath: instancePath + "/regression/p90/direction", schemaPath: "#/properties/regression/properties/p90/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.p90.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.p90.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.p90.anyOf[1].properties.direction, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
            } else {
              const err86 = { instancePath: instancePath + "/regression/p90", schemaPath: "#/properties/regression/properties/p90/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.p90.anyOf[1].type, parentSchema: schema56.properties.regression.properties.p90.anyOf[1], data: data34 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            var _valid6 = _errs102 === errors;
            valid28 = valid28 || _valid6;
          }
          if (!valid28) {
            const err87 = { instancePath: instancePath + "/regression/p90", schemaPath: "#/properties/regression/properties/p90/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.p90.anyOf, parentSchema: schema56.properties.regression.properties.p90, data: data34 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          } else {
            errors = _errs99;
            if (vErrors !== null) {
              if (_errs99) {
                vErrors.length = _errs99;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29.p95 !== void 0) {
          let data38 = data29.p95;
          const _errs111 = errors;
          let valid30 = false;
          const _errs112 = errors;
          if (typeof data38 !== "boolean") {
            const err88 = { instancePath: instancePath + "/regression/p95", schemaPath: "#/properties/regression/properties/p95/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.p95.anyOf[0].type, parentSchema: schema56.properties.regression.properties.p95.anyOf[0], data: data38 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          var _valid7 = _errs112 === errors;
          valid30 = valid30 || _valid7;
          if (!valid30) {
            const _errs114 = errors;
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
              for (const key11 in data38) {
                if (!(key11 === "relative" || key11 === "absolute" || key11 === "direction")) {
                  const err89 = { instancePath: instancePath + "/regression/p95", schemaPath: "#/properties/regression/properties/p95/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.p95.anyOf[1], data: data38 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data38.relative !== void 0) {
                let data39 = data38.relative;
                if (typeof data39 == "number") {
                  if (data39 < 0 || isNaN(data39)) {
                    const err90 = { instancePath: instancePath + "/regression/p95/relative", schemaPath: "#/properties/regression/properties/p95/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p95.anyOf[1].properties.relative, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                } else {
                  const err91 = { instancePath: instancePath + "/regression/p95/relative", schemaPath: "#/properties/regression/properties/p95/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p95.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.p95.anyOf[1].properties.relative, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data38.absolute !== void 0) {
                let data40 = data38.absolute;
                if (typeof data40 == "number") {
                  if (data40 < 0 || isNaN(data40)) {
                    const err92 = { instancePath: instancePath + "/regression/p95/absolute", schemaPath: "#/properties/regression/properties/p95/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p95.anyOf[1].properties.absolute, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                } else {
                  const err93 = { instancePath: instancePath + "/regression/p95/absolute", schemaPath: "#/properties/regression/properties/p95/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p95.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.p95.anyOf[1].properties.absolute, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
              if (data38.direction !== void 0) {
                let data41 = data38.direction;
                if (!(data41 === "lower-is-better" || data41 === "higher-is-better")) {
                  const err94 = { instancePath: instancePath + "/regression/p95/direction", schemaPath: "#/properties/regression/properties/p95/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.p95.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.p95.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.p95.anyOf[1].properties.direction, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            } else {
              const err95 = { instancePath: instancePath + "/regression/p95", schemaPath: "#/properties/regression/properties/p95/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.p95.anyOf[1].type, parentSchema: schema56.properties.regression.properties.p95.anyOf[1], data: data38 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            var _valid7 = _errs114 === errors;
            valid30 = valid30 || _valid7;
          }
          if (!valid30) {
            const err96 = { instancePath: instancePath + "/regression/p95", schemaPath: "#/properties/regression/properties/p95/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.p95.anyOf, parentSchema: schema56.properties.regression.properties.p95, data: data38 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          } else {
            errors = _errs111;
            if (vErrors !== null) {
              if (_errs111) {
                vErrors.length = _errs111;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29.p99 !== void 0) {
          let data42 = data29.p99;
          const _errs123 = errors;
          let valid32 = false;
          const _errs124 = errors;
          if (typeof data42 !== "boolean") {
            const err97 = { instancePath: instancePath + "/regression/p99", schemaPath: "#/properties/regression/properties/p99/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.p99.anyOf[0].type, parentSchema: schema56.properties.regression.properties.p99.anyOf[0], data: data42 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          var _valid8 = _errs124 === errors;
          valid32 = valid32 || _valid8;
          if (!valid32) {
            const _errs126 = errors;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              for (const key12 in data42) {
                if (!(key12 === "relative" || key12 === "absolute" || key12 === "direction")) {
                  const err98 = { instancePath: instancePath + "/regression/p99", schemaPath: "#/properties/regression/properties/p99/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.p99.anyOf[1], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
              if (data42.relative !== void 0) {
                let data43 = data42.relative;
                if (typeof data43 == "number") {
                  if (data43 < 0 || isNaN(data43)) {
                    const err99 = { instancePath: instancePath + "/regression/p99/relative", schemaPath: "#/properties/regression/properties/p99/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p99.anyOf[1].properties.relative, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                } else {
                  const err100 = { instancePath: instancePath + "/regression/p99/relative", schemaPath: "#/properties/regression/properties/p99/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p99.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.p99.anyOf[1].properties.relative, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
              if (data42.absolute !== void 0) {
                let data44 = data42.absolute;
                if (typeof data44 == "number") {
                  if (data44 < 0 || isNaN(data44)) {
                    const err101 = { instancePath: instancePath + "/regression/p99/absolute", schemaPath: "#/properties/regression/properties/p99/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.p99.anyOf[1].properties.absolute, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/regression/p99/absolute", schemaPath: "#/properties/regression/properties/p99/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.p99.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.p99.anyOf[1].properties.absolute, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
              if (data42.direction !== void 0) {
                let data45 = data42.direction;
                if (!(data45 === "lower-is-better" || data45 === "higher-is-better")) {
                  const err103 = { instancePath: instancePath + "/regression/p99/direction", schemaPath: "#/properties/regression/properties/p99/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.p99.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.p99.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.p99.anyOf[1].properties.direction, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            } else {
              const err104 = { instancePath: instancePath + "/regression/p99", schemaPath: "#/properties/regression/properties/p99/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.p99.anyOf[1].type, parentSchema: schema56.properties.regression.properties.p99.anyOf[1], data: data42 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            var _valid8 = _errs126 === errors;
            valid32 = valid32 || _valid8;
          }
          if (!valid32) {
            const err105 = { instancePath: instancePath + "/regression/p99", schemaPath: "#/properties/regression/properties/p99/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.p99.anyOf, parentSchema: schema56.properties.regression.properties.p99, data: data42 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          } else {
            errors = _errs123;
            if (vErrors !== null) {
              if (_errs123) {
                vErrors.length = _errs123;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29.mean !== void 0) {
          let data46 = data29.mean;
          const _errs135 = errors;
          let valid34 = false;
          const _errs136 = errors;
          if (typeof data46 !== "boolean") {
            const err106 = { instancePath: instancePath + "/regression/mean", schemaPath: "#/properties/regression/properties/mean/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.mean.anyOf[0].type, parentSchema: schema56.properties.regression.properties.mean.anyOf[0], data: data46 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          var _valid9 = _errs136 === errors;
          valid34 = valid34 || _valid9;
          if (!valid34) {
            const _errs138 = errors;
            if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
              for (const key13 in data46) {
                if (!(key13 === "relative" || key13 === "absolute" || key13 === "direction")) {
                  const err107 = { instancePath: instancePath + "/regression/mean", schemaPath: "#/properties/regression/properties/mean/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.mean.anyOf[1], data: data46 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
              if (data46.relative !== void 0) {
                let data47 = data46.relative;
                if (typeof data47 == "number") {
                  if (data47 < 0 || isNaN(data47)) {
                    const err108 = { instancePath: instancePath + "/regression/mean/relative", schemaPath: "#/properties/regression/properties/mean/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.mean.anyOf[1].properties.relative, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                } else {
                  const err109 = { instancePath: instancePath + "/regression/mean/relative", schemaPath: "#/properties/regression/properties/mean/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.mean.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.mean.anyOf[1].properties.relative, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              if (data46.absolute !== void 0) {
                let data48 = data46.absolute;
                if (typeof data48 == "number") {
                  if (data48 < 0 || isNaN(data48)) {
                    const err110 = { instancePath: instancePath + "/regression/mean/absolute", schemaPath: "#/properties/regression/properties/mean/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.mean.anyOf[1].properties.absolute, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                } else {
                  const err111 = { instancePath: instancePath + "/regression/mean/absolute", schemaPath: "#/properties/regression/properties/mean/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.mean.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.mean.anyOf[1].properties.absolute, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
              if (data46.direction !== void 0) {
                let data49 = data46.direction;
                if (!(data49 === "lower-is-better" || data49 === "higher-is-better")) {
                  const err112 = { instancePath: instancePath + "/regression/mean/direction", schemaPath: "#/properties/regression/properties/mean/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.mean.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.mean.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.mean.anyOf[1].properties.direction, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            } else {
              const err113 = { instancePath: instancePath + "/regression/mean", schemaPath: "#/properties/regression/properties/mean/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.mean.anyOf[1].type, parentSchema: schema56.properties.regression.properties.mean.anyOf[1], data: data46 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            var _valid9 = _errs138 === errors;
            valid34 = valid34 || _valid9;
          }
          if (!valid34) {
            const err114 = { instancePath: instancePath + "/regression/mean", schemaPath: "#/properties/regression/properties/mean/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.mean.anyOf, parentSchema: schema56.properties.regression.properties.mean, data: data46 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          } else {
            errors = _errs135;
            if (vErrors !== null) {
              if (_errs135) {
                vErrors.length = _errs135;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29["error-rate"] !== void 0) {
          let data50 = data29["error-rate"];
          const _errs147 = errors;
          let valid36 = false;
          const _errs148 = errors;
          if (typeof data50 !== "boolean") {
            const err115 = { instancePath: instancePath + "/regression/error-rate", schemaPath: "#/properties/regression/properties/error-rate/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties["error-rate"].anyOf[0].type, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[0], data: data50 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          var _valid10 = _errs148 === errors;
          valid36 = valid36 || _valid10;
          if (!valid36) {
            const _errs150 = errors;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              for (const key14 in data50) {
                if (!(key14 === "relative" || key14 === "absolute" || key14 === "direction")) {
                  const err116 = { instancePath: instancePath + "/regression/error-rate", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1], data: data50 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data50.relative !== void 0) {
                let data51 = data50.relative;
                if (typeof data51 == "number") {
                  if (data51 < 0 || isNaN(data51)) {
                    const err117 = { instancePath: instancePath + "/regression/error-rate/relative", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.relative, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                } else {
                  const err118 = { instancePath: instancePath + "/regression/error-rate/relative", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.relative, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
              if (data50.absolute !== void 0) {
                let data52 = data50.absolute;
                if (typeof data52 == "number") {
                  if (data52 < 0 || isNaN(data52)) {
                    const err119 = { instancePath: instancePath + "/regression/error-rate/absolute", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.absolute, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                } else {
                  const err120 = { instancePath: instancePath + "/regression/error-rate/absolute", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.absolute, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
              if (data50.direction !== void 0) {
                let data53 = data50.direction;
                if (!(data53 === "lower-is-better" || data53 === "higher-is-better")) {
                  const err121 = { instancePath: instancePath + "/regression/error-rate/direction", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1].properties.direction, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
            } else {
              const err122 = { instancePath: instancePath + "/regression/error-rate", schemaPath: "#/properties/regression/properties/error-rate/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties["error-rate"].anyOf[1].type, parentSchema: schema56.properties.regression.properties["error-rate"].anyOf[1], data: data50 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            var _valid10 = _errs150 === errors;
            valid36 = valid36 || _valid10;
          }
          if (!valid36) {
            const err123 = { instancePath: instancePath + "/regression/error-rate", schemaPath: "#/properties/regression/properties/error-rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties["error-rate"].anyOf, parentSchema: schema56.properties.regression.properties["error-rate"], data: data50 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          } else {
            errors = _errs147;
            if (vErrors !== null) {
              if (_errs147) {
                vErrors.length = _errs147;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29.throughput !== void 0) {
          let data54 = data29.throughput;
          const _errs159 = errors;
          let valid38 = false;
          const _errs160 = errors;
          if (typeof data54 !== "boolean") {
            const err124 = { instancePath: instancePath + "/regression/throughput", schemaPath: "#/properties/regression/properties/throughput/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.regression.properties.throughput.anyOf[0].type, parentSchema: schema56.properties.regression.properties.throughput.anyOf[0], data: data54 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          var _valid11 = _errs160 === errors;
          valid38 = valid38 || _valid11;
          if (!valid38) {
            const _errs162 = errors;
            if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
              for (const key15 in data54) {
                if (!(key15 === "relative" || key15 === "absolute" || key15 === "direction")) {
                  const err125 = { instancePath: instancePath + "/regression/throughput", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1], data: data54 };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              }
              if (data54.relative !== void 0) {
                let data55 = data54.relative;
                if (typeof data55 == "number") {
                  if (data55 < 0 || isNaN(data55)) {
                    const err126 = { instancePath: instancePath + "/regression/throughput/relative", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/properties/relative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1].properties.relative, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                } else {
                  const err127 = { instancePath: instancePath + "/regression/throughput/relative", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/properties/relative/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.throughput.anyOf[1].properties.relative.type, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1].properties.relative, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              }
              if (data54.absolute !== void 0) {
                let data56 = data54.absolute;
                if (typeof data56 == "number") {
                  if (data56 < 0 || isNaN(data56)) {
                    const err128 = { instancePath: instancePath + "/regression/throughput/absolute", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/properties/absolute/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1].properties.absolute, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                } else {
                  const err129 = { instancePath: instancePath + "/regression/throughput/absolute", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/properties/absolute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties.throughput.anyOf[1].properties.absolute.type, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1].properties.absolute, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              }
              if (data54.direction !== void 0) {
                let data57 = data54.direction;
                if (!(data57 === "lower-is-better" || data57 === "higher-is-better")) {
                  const err130 = { instancePath: instancePath + "/regression/throughput/direction", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/properties/direction/enum", keyword: "enum", params: { allowedValues: schema56.properties.regression.properties.throughput.anyOf[1].properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.regression.properties.throughput.anyOf[1].properties.direction.enum, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1].properties.direction, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            } else {
              const err131 = { instancePath: instancePath + "/regression/throughput", schemaPath: "#/properties/regression/properties/throughput/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.properties.throughput.anyOf[1].type, parentSchema: schema56.properties.regression.properties.throughput.anyOf[1], data: data54 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            var _valid11 = _errs162 === errors;
            valid38 = valid38 || _valid11;
          }
          if (!valid38) {
            const err132 = { instancePath: instancePath + "/regression/throughput", schemaPath: "#/properties/regression/properties/throughput/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema56.properties.regression.properties.throughput.anyOf, parentSchema: schema56.properties.regression.properties.throughput, data: data54 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          } else {
            errors = _errs159;
            if (vErrors !== null) {
              if (_errs159) {
                vErrors.length = _errs159;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data29["profile-tolerance"] !== void 0) {
          let data58 = data29["profile-tolerance"];
          if (typeof data58 == "number") {
            if (data58 < 0 || isNaN(data58)) {
              const err133 = { instancePath: instancePath + "/regression/profile-tolerance", schemaPath: "#/properties/regression/properties/profile-tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties["profile-tolerance"], data: data58 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/regression/profile-tolerance", schemaPath: "#/properties/regression/properties/profile-tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties["profile-tolerance"].type, parentSchema: schema56.properties.regression.properties["profile-tolerance"], data: data58 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data29["min-requests"] !== void 0) {
          let data59 = data29["min-requests"];
          if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)))) {
            const err135 = { instancePath: instancePath + "/regression/min-requests", schemaPath: "#/properties/regression/properties/min-requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.regression.properties["min-requests"].type, parentSchema: schema56.properties.regression.properties["min-requests"], data: data59 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
          if (typeof data59 == "number") {
            if (data59 < 0 || isNaN(data59)) {
              const err136 = { instancePath: instancePath + "/regression/min-requests", schemaPath: "#/properties/regression/properties/min-requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.regression.properties["min-requests"], data: data59 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          }
        }
        if (data29["false-discovery-rate"] !== void 0) {
          let data60 = data29["false-discovery-rate"];
          if (typeof data60 == "number") {
            if (data60 > 1 || isNaN(data60)) {
              const err137 = { instancePath: instancePath + "/regression/false-discovery-rate", schemaPath: "#/properties/regression/properties/false-discovery-rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema56.properties.regression.properties["false-discovery-rate"], data: data60 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            if (data60 <= 0 || isNaN(data60)) {
              const err138 = { instancePath: instancePath + "/regression/false-discovery-rate", schemaPath: "#/properties/regression/properties/false-discovery-rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema56.properties.regression.properties["false-discovery-rate"], data: data60 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          } else {
            const err139 = { instancePath: instancePath + "/regression/false-discovery-rate", schemaPath: "#/properties/regression/properties/false-discovery-rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.regression.properties["false-discovery-rate"].type, parentSchema: schema56.properties.regression.properties["false-discovery-rate"], data: data60 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data29["history-window"] !== void 0) {
          let data61 = data29["history-window"];
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
            const err140 = { instancePath: instancePath + "/regression/history-window", schemaPath: "#/properties/regression/properties/history-window/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.regression.properties["history-window"].type, parentSchema: schema56.properties.regression.properties["history-window"], data: data61 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
          if (typeof data61 == "number") {
            if (data61 < 4 || isNaN(data61)) {
              const err141 = { instancePath: instancePath + "/regression/history-window", schemaPath: "#/properties/regression/properties/history-window/minimum", keyword: "minimum", params: { comparison: ">=", limit: 4 }, message: "must be >= 4", schema: 4, parentSchema: schema56.properties.regression.properties["history-window"], data: data61 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.regression.type, parentSchema: schema56.properties.regression, data: data29 };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.history !== void 0) {
      let data62 = data.history;
      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
        for (const key16 in data62) {
          if (!(key16 === "path" || key16 === "max-runs" || key16 === "runs")) {
            const err143 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.history, data: data62 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data62.path !== void 0) {
          let data63 = data62.path;
          if (typeof data63 === "string") {
            if (func2(data63) < 1) {
              const err144 = { instancePath: instancePath + "/history/path", schemaPath: "#/properties/history/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.history.properties.path, data: data63 };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          } else {
            const err145 = { instancePath: instancePath + "/history/path", schemaPath: "#/properties/history/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.history.properties.path.type, parentSchema: schema56.properties.history.properties.path, data: data63 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data62["max-runs"] !== void 0) {
          let data64 = data62["max-runs"];
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
            const err146 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/properties/max-runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.history.properties["max-runs"].type, parentSchema: schema56.properties.history.properties["max-runs"], data: data64 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (typeof data64 == "number") {
            if (data64 > 1e4 || isNaN(data64)) {
              const err147 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/properties/max-runs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema56.properties.history.properties["max-runs"], data: data64 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            if (data64 < 2 || isNaN(data64)) {
              const err148 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/properties/max-runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema56.properties.history.properties["max-runs"], data: data64 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
          }
        }
        if (data62.runs !== void 0) {
          let data65 = data62.runs;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
            const err149 = { instancePath: instancePath + "/history/runs", schemaPath: "#/properties/history/properties/runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.properties.history.properties.runs.type, parentSchema: schema56.properties.history.properties.runs, data: data65 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (typeof data65 == "number") {
            if (data65 > 200 || isNaN(data65)) {
              const err150 = { instancePath: instancePath + "/history/runs", schemaPath: "#/properties/history/properties/runs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 200 }, message: "must be <= 200", schema: 200, parentSchema: schema56.properties.history.properties.runs, data: data65 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data65 < 2 || isNaN(data65)) {
              const err151 = { instancePath: instancePath + "/history/runs", schemaPath: "#/properties/history/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema56.properties.history.properties.runs, data: data65 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
          }
        }
      } else {
        const err152 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.history.type, parentSchema: schema56.properties.history, data: data62 };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.slo !== void 0) {
      let data66 = data.slo;
      if (Array.isArray(data66)) {
        const len9 = data66.length;
        for (let i5 = 0; i5 < len9; i5++) {
          let data67 = data66[i5];
          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
            for (const key17 in data67) {
              if (!(key17 === "endpoint" || key17 === "p50" || key17 === "p90" || key17 === "p95" || key17 === "p99" || key17 === "mean" || key17 === "error-rate" || key17 === "throughput")) {
                const err153 = { instancePath: instancePath + "/slo/" + i5, schemaPath: "#/properties/slo/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.slo.items, data: data67 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data67.endpoint !== void 0) {
              let data68 = data67.endpoint;
              if (typeof data68 === "string") {
                if (func2(data68) < 1) {
                  const err154 = { instancePath: instancePath + "/slo/" + i5 + "/endpoint", schemaPath: "#/properties/slo/items/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.slo.items.properties.endpoint, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              } else {
                const err155 = { instancePath: instancePath + "/slo/" + i5 + "/endpoint", schemaPath: "#/properties/slo/items/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.slo.items.properties.endpoint.type, parentSchema: schema56.properties.slo.items.properties.endpoint, data: data68 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data67.p50 !== void 0) {
              let data69 = data67.p50;
              if (typeof data69 !== "string" && !(typeof data69 == "number")) {
                const err156 = { instancePath: instancePath + "/slo/" + i5 + "/p50", schemaPath: "#/properties/slo/items/properties/p50/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.p50.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.p50.type, parentSchema: schema56.properties.slo.items.properties.p50, data: data69 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data67.p90 !== void 0) {
              let data70 = data67.p90;
              if (typeof data70 !== "string" && !(typeof data70 == "number")) {
                const err157 = { instancePath: instancePath + "/slo/" + i5 + "/p90", schemaPath: "#/properties/slo/items/properties/p90/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.p90.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.p90.type, parentSchema: schema56.properties.slo.items.properties.p90, data: data70 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data67.p95 !== void 0) {
              let data71 = data67.p95;
              if (typeof data71 !== "string" && !(typeof data71 == "number")) {
                const err158 = { instancePath: instancePath + "/slo/" + i5 + "/p95", schemaPath: "#/properties/slo/items/properties/p95/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.p95.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.p95.type, parentSchema: schema56.properties.slo.items.properties.p95, data: data71 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data67.p99 !== void 0) {
              let data72 = data67.p99;
              if (typeof data72 !== "string" && !(typeof data72 == "number")) {
                const err159 = { instancePath: instancePath + "/slo/" + i5 + "/p99", schemaPath: "#/properties/slo/items/properties/p99/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.p99.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.p99.type, parentSchema: schema56.properties.slo.items.properties.p99, data: data72 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data67.mean !== void 0) {
              let data73 = data67.mean;
              if (typeof data73 !== "string" && !(typeof data73 == "number")) {
                const err160 = { instancePath: instancePath + "/slo/" + i5 + "/mean", schemaPath: "#/properties/slo/items/properties/mean/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.mean.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.mean.type, parentSchema: schema56.properties.slo.items.properties.mean, data: data73 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data67["error-rate"] !== void 0) {
              let data74 = data67["error-rate"];
              if (typeof data74 !== "string" && !(typeof data74 == "number")) {
                const err161 = { instancePath: instancePath + "/slo/" + i5 + "/error-rate", schemaPath: "#/properties/slo/items/properties/error-rate/type", keyword: "type", params: { type: schema56.properties.slo.items.properties["error-rate"].type }, message: "must be string,number", schema: schema56.properties.slo.items.properties["error-rate"].type, parentSchema: schema56.properties.slo.items.properties["error-rate"], data: data74 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data67.throughput !== void 0) {
              let data75 = data67.throughput;
              if (typeof data75 !== "string" && !(typeof data75 == "number")) {
                const err162 = { instancePath: instancePath + "/slo/" + i5 + "/throughput", schemaPath: "#/properties/slo/items/properties/throughput/type", keyword: "type", params: { type: schema56.properties.slo.items.properties.throughput.type }, message: "must be string,number", schema: schema56.properties.slo.items.properties.throughput.type, parentSchema: schema56.properties.slo.items.properties.throughput, data: data75 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
          } else {
            const err163 = { instancePath: instancePath + "/slo/" + i5, schemaPath: "#/properties/slo/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.slo.items.type, parentSchema: schema56.properties.slo.items, data: data67 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
      } else {
        const err164 = { instancePath: instancePath + "/slo", schemaPath: "#/properties/slo/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.slo.type, parentSchema: schema56.properties.slo, data: data66 };
        if (vErrors === null) {
          vErrors = [err164];
        } else {
          vErrors.push(err164);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data76 = data["fail-on"];
      if (!(data76 === "error" || data76 === "warning" || data76 === "regression" || data76 === "never")) {
        const err165 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema56.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema56.properties["fail-on"].enum, parentSchema: schema56.properties["fail-on"], data: data76 };
        if (vErrors === null) {
          vErrors = [err165];
        } else {
          vErrors.push(err165);
        }
        errors++;
      }
    }
    if (data.comment !== void 0) {
      let data77 = data.comment;
      if (!(data77 === "always" || data77 === "on-problems" || data77 === "never")) {
        const err166 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/enum", keyword: "enum", params: { allowedValues: schema56.properties.comment.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.comment.enum, parentSchema: schema56.properties.comment, data: data77 };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (data["comment-id"] !== void 0) {
      let data78 = data["comment-id"];
      if (typeof data78 === "string") {
        if (func2(data78) > 100) {
          const err167 = { instancePath: instancePath + "/comment-id", schemaPath: "#/properties/comment-id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema56.properties["comment-id"], data: data78 };
          if (vErrors === null) {
            vErrors = [err167];
          } else {
            vErrors.push(err167);
          }
          errors++;
        }
        if (func2(data78) < 1) {
          const err168 = { instancePath: instancePath + "/comment-id", schemaPath: "#/properties/comment-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties["comment-id"], data: data78 };
          if (vErrors === null) {
            vErrors = [err168];
          } else {
            vErrors.push(err168);
          }
          errors++;
        }
      } else {
        const err169 = { instancePath: instancePath + "/comment-id", schemaPath: "#/properties/comment-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties["comment-id"].type, parentSchema: schema56.properties["comment-id"], data: data78 };
        if (vErrors === null) {
          vErrors = [err169];
        } else {
          vErrors.push(err169);
        }
        errors++;
      }
    }
  } else {
    const err170 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err170];
    } else {
      vErrors.push(err170);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var validator2 = validate19;
var schema57 = { "not": { "required": ["use", "counted"], "properties": { "use": { "const": "whileTrue" }, "counted": { "const": false } } }, "$id": "loadgate:when:artillery/processor-function-missing:1" };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.use === void 0 && (missing0 = "use") || data.counted === void 0 && (missing0 = "counted")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.use !== void 0) {
        const _errs2 = errors;
        if ("whileTrue" !== data.use) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid1 = _errs2 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.counted !== void 0) {
          const _errs3 = errors;
          if (false !== data.counted) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema57.not, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var validator3 = validate20;
var schema58 = { "not": { "contains": { "required": ["concerns", "central"], "properties": { "concerns": { "const": "latency" }, "central": { "const": false } } } }, "$id": "loadgate:when:criteria-average-only:3" };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (Array.isArray(data)) {
    const _errs2 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.concerns === void 0 && (missing0 = "concerns") || data0.central === void 0 && (missing0 = "central")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.concerns !== void 0) {
            const _errs4 = errors;
            if ("latency" !== data0.concerns) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data0.central !== void 0) {
              const _errs5 = errors;
              if (false !== data0.central) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              var valid2 = _errs5 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      }
      var valid1 = _errs3 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err4 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema58.not, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var validator4 = validate21;
var schema59 = { "not": { "contains": { "required": ["concerns"], "properties": { "concerns": { "enum": ["errors", "checks"] } } } }, "$id": "loadgate:when:criteria-latency-only:3" };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (Array.isArray(data)) {
    const _errs2 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.concerns === void 0 && (missing0 = "concerns")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.concerns !== void 0) {
            let data1 = data0.concerns;
            if (!(data1 === "errors" || data1 === "checks")) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      }
      var valid1 = _errs3 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema59.not, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validator5 = validate22;
var schema60 = { "properties": { "filename": { "not": { "pattern": "^(?:/|[A-Za-z]:[\\\\/]|~|\\\\\\\\)" } } }, "$id": "loadgate:then:jmeter/csv-absolute-path:0" };
var pattern2 = new RegExp("^(?:/|[A-Za-z]:[\\\\/]|~|\\\\\\\\)", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.filename !== void 0) {
      let data0 = data.filename;
      const _errs1 = errors;
      const _errs2 = errors;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid1 = _errs2 === errors;
      if (valid1) {
        const err1 = { instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema60.properties.filename.not, parentSchema: schema60.properties.filename, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var validator6 = validate23;
var schema61 = { "not": { "contains": { "required": ["kind", "props"], "properties": { "kind": { "enum": ["WhileController", "IfController"] }, "props": { "required": ["WhileController.condition"], "properties": { "WhileController.condition": { "pattern": "<EOF>" } } } } } }, "$id": "loadgate:when:jmeter/csv-eof-not-handled:3" };
var pattern3 = new RegExp("<EOF>", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (Array.isArray(data)) {
    const _errs2 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.kind === void 0 && (missing0 = "kind") || data0.props === void 0 && (missing0 = "props")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.kind !== void 0) {
            let data1 = data0.kind;
            const _errs4 = errors;
            if (!(data1 === "WhileController" || data1 === "IfController")) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            var valid2 = _errs4 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data0.props !== void 0) {
              let data2 = data0.props;
              const _errs5 = errors;
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                let missing1;
                if (data2["WhileController.condition"] === void 0 && (missing1 = "WhileController.condition")) {
                  const err2 = {};
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                } else {
                  if (data2["WhileController.condition"] !== void 0) {
                    let data3 = data2["WhileController.condition"];
                    if (typeof data3 === "string") {
                      if (!pattern3.test(data3)) {
                        const err3 = {};
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                    }
                  }
                }
              }
              var valid2 = _errs5 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      }
      var valid1 = _errs3 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err5 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema61.not, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var validator7 = validate24;
var schema62 = { "not": { "enum": [true, "true"] }, "$id": "loadgate:then:jmeter/functional-mode-enabled:0" };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (!(data === true || data === "true")) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema62.not, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var validator8 = validate25;
var schema63 = { "properties": { "ResultCollector.error_logging": { "not": { "enum": [true, "true"] } } }, "$id": "loadgate:when:jmeter/gui-listener-enabled:2" };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["ResultCollector.error_logging"] !== void 0) {
      let data0 = data["ResultCollector.error_logging"];
      const _errs1 = errors;
      const _errs2 = errors;
      if (!(data0 === true || data0 === "true")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid1 = _errs2 === errors;
      if (valid1) {
        const err1 = { instancePath: instancePath + "/ResultCollector.error_logging", schemaPath: "#/properties/ResultCollector.error_logging/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema63.properties["ResultCollector.error_logging"].not, parentSchema: schema63.properties["ResultCollector.error_logging"], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var validator9 = validate26;
var schema64 = { "not": { "required": ["ThreadGroup.scheduler", "ThreadGroup.duration"], "properties": { "ThreadGroup.scheduler": { "enum": [true, "true"] }, "ThreadGroup.duration": { "pattern": "\\S" } } }, "$id": "loadgate:when:jmeter/infinite-loop-without-duration:2" };
var pattern4 = new RegExp("\\S", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data["ThreadGroup.scheduler"] === void 0 && (missing0 = "ThreadGroup.scheduler") || data["ThreadGroup.duration"] === void 0 && (missing0 = "ThreadGroup.duration")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data["ThreadGroup.scheduler"] !== void 0) {
        let data0 = data["ThreadGroup.scheduler"];
        const _errs2 = errors;
        if (!(data0 === true || data0 === "true")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid1 = _errs2 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data["ThreadGroup.duration"] !== void 0) {
          let data1 = data["ThreadGroup.duration"];
          const _errs3 = errors;
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err2 = {};
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema64.not, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var validator10 = validate27;
var schema65 = { "not": { "enum": ["-1", -1] }, "$id": "loadgate:then:jmeter/infinite-loop-without-duration:0" };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (!(data === "-1" || data === -1)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema65.not, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var validator11 = validate28;
var schema66 = { "required": ["script"], "properties": { "filename": { "const": "" }, "script": { "minLength": 1 }, "scriptLanguage": { "enum": ["groovy", ""] } }, "$id": "loadgate:when:jmeter/jsr223-cache-disabled:2" };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.script === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.filename !== void 0) {
      let data0 = data.filename;
      if ("" !== data0) {
        const err1 = { instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant", schema: "", parentSchema: schema66.properties.filename, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.script !== void 0) {
      let data1 = data.script;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/script", schemaPath: "#/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema66.properties.script, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.scriptLanguage !== void 0) {
      let data2 = data.scriptLanguage;
      if (!(data2 === "groovy" || data2 === "")) {
        const err3 = { instancePath: instancePath + "/scriptLanguage", schemaPath: "#/properties/scriptLanguage/enum", keyword: "enum", params: { allowedValues: schema66.properties.scriptLanguage.enum }, message: "must be equal to one of the allowed values", schema: schema66.properties.scriptLanguage.enum, parentSchema: schema66.properties.scriptLanguage, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var validator12 = validate29;
var schema67 = { "not": { "enum": [false, "false"] }, "$id": "loadgate:then:jmeter/jsr223-cache-disabled:0" };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (!(data === false || data === "false")) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema67.not, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var validator13 = validate30;
var schema68 = { "properties": { "scriptLanguage": { "enum": ["groovy", ""] } }, "$id": "loadgate:then:jmeter/jsr223-not-groovy:0" };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scriptLanguage !== void 0) {
      let data0 = data.scriptLanguage;
      if (!(data0 === "groovy" || data0 === "")) {
        const err0 = { instancePath: instancePath + "/scriptLanguage", schemaPath: "#/properties/scriptLanguage/enum", keyword: "enum", params: { allowedValues: schema68.properties.scriptLanguage.enum }, message: "must be equal to one of the allowed values", schema: schema68.properties.scriptLanguage.enum, parentSchema: schema68.properties.scriptLanguage, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var validator14 = validate31;
var schema69 = { "properties": { "cacheKey": { "not": { "const": "false" } }, "filename": { "not": { "type": "string", "pattern": "\\S" } }, "scriptLanguage": { "not": { "type": "string", "minLength": 1, "not": { "const": "groovy" } } } }, "$id": "loadgate:when:jmeter/jsr223-variable-interpolation:1" };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.cacheKey !== void 0) {
      let data0 = data.cacheKey;
      const _errs1 = errors;
      const _errs2 = errors;
      if ("false" !== data0) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid1 = _errs2 === errors;
      if (valid1) {
        const err1 = { instancePath: instancePath + "/cacheKey", schemaPath: "#/properties/cacheKey/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema69.properties.cacheKey.not, parentSchema: schema69.properties.cacheKey, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.filename !== void 0) {
      let data1 = data.filename;
      const _errs4 = errors;
      const _errs5 = errors;
      if (errors === _errs5) {
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid2 = _errs5 === errors;
      if (valid2) {
        const err4 = { instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema69.properties.filename.not, parentSchema: schema69.properties.filename, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.scriptLanguage !== void 0) {
      let data2 = data.scriptLanguage;
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs11 = errors;
      const _errs12 = errors;
      if ("groovy" !== data2) {
        const err5 = {};
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var valid4 = _errs12 === errors;
      if (valid4) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      if (errors === _errs9) {
        if (typeof data2 === "string") {
          if (func2(data2) < 1) {
            const err7 = {};
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {};
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var valid3 = _errs9 === errors;
      if (valid3) {
        const err9 = { instancePath: instancePath + "/scriptLanguage", schemaPath: "#/properties/scriptLanguage/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema69.properties.scriptLanguage.not, parentSchema: schema69.properties.scriptLanguage, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var validator15 = validate32;
var schema70 = { "required": ["filename", "saveConfig"], "properties": { "filename": { "pattern": "\\S" }, "saveConfig": { "anyOf": [{ "required": ["responseData"], "properties": { "responseData": { "enum": [true, "true"] } } }, { "required": ["xml"], "properties": { "xml": { "enum": [true, "true"] } } }] } }, "$id": "loadgate:when:jmeter/listener-saves-response-data:2" };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.filename === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "filename" }, message: "must have required property 'filename'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.saveConfig === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "saveConfig" }, message: "must have required property 'saveConfig'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.filename !== void 0) {
      let data0 = data.filename;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err2 = { instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema70.properties.filename, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.saveConfig !== void 0) {
      let data1 = data.saveConfig;
      const _errs2 = errors;
      let valid1 = false;
      const _errs3 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.responseData === void 0) {
          const err3 = { instancePath: instancePath + "/saveConfig", schemaPath: "#/properties/saveConfig/anyOf/0/required", keyword: "required", params: { missingProperty: "responseData" }, message: "must have required property 'responseData'", schema: schema70.properties.saveConfig.anyOf[0].required, parentSchema: schema70.properties.saveConfig.anyOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.responseData !== void 0) {
          let data2 = data1.responseData;
          if (!(data2 === true || data2 === "true")) {
            const err4 = { instancePath: instancePath + "/saveConfig/responseData", schemaPath: "#/properties/saveConfig/anyOf/0/properties/responseData/enum", keyword: "enum", params: { allowedValues: schema70.properties.saveConfig.anyOf[0].properties.responseData.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.saveConfig.anyOf[0].properties.responseData.enum, parentSchema: schema70.properties.saveConfig.anyOf[0].properties.responseData, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs3 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs5 = errors;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.xml === void 0) {
            const err5 = { instancePath: instancePath + "/saveConfig", schemaPath: "#/properties/saveConfig/anyOf/1/required", keyword: "required", params: { missingProperty: "xml" }, message: "must have required property 'xml'", schema: schema70.properties.saveConfig.anyOf[1].required, parentSchema: schema70.properties.saveConfig.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data1.xml !== void 0) {
            let data3 = data1.xml;
            if (!(data3 === true || data3 === "true")) {
              const err6 = { instancePath: instancePath + "/saveConfig/xml", schemaPath: "#/properties/saveConfig/anyOf/1/properties/xml/enum", keyword: "enum", params: { allowedValues: schema70.properties.saveConfig.anyOf[1].properties.xml.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.saveConfig.anyOf[1].properties.xml.enum, parentSchema: schema70.properties.saveConfig.anyOf[1].properties.xml, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs5 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/saveConfig", schemaPath: "#/properties/saveConfig/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema70.properties.saveConfig.anyOf, parentSchema: schema70.properties.saveConfig, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var validator16 = validate33;
var schema71 = { "type": "object", "properties": { "noConnectionReuse": { "not": { "const": true } }, "noVUConnectionReuse": { "not": { "const": true } } }, "$id": "loadgate:then:k6/connection-reuse-disabled:0" };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.noConnectionReuse !== void 0) {
      let data0 = data.noConnectionReuse;
      const _errs2 = errors;
      const _errs3 = errors;
      if (true !== data0) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var valid1 = _errs3 === errors;
      if (valid1) {
        const err1 = { instancePath: instancePath + "/noConnectionReuse", schemaPath: "#/properties/noConnectionReuse/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema71.properties.noConnectionReuse.not, parentSchema: schema71.properties.noConnectionReuse, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.noVUConnectionReuse !== void 0) {
      let data1 = data.noVUConnectionReuse;
      const _errs5 = errors;
      const _errs6 = errors;
      if (true !== data1) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid2 = _errs6 === errors;
      if (valid2) {
        const err3 = { instancePath: instancePath + "/noVUConnectionReuse", schemaPath: "#/properties/noVUConnectionReuse/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema71.properties.noVUConnectionReuse.not, parentSchema: schema71.properties.noVUConnectionReuse, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var validator17 = validate34;
var schema72 = { "not": { "contains": { "required": ["concerns"], "properties": { "concerns": { "const": "latency" } } } }, "$id": "loadgate:when:locust/no-latency-criteria:2" };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (Array.isArray(data)) {
    const _errs2 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs3 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        let missing0;
        if (data0.concerns === void 0 && (missing0 = "concerns")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data0.concerns !== void 0) {
            if ("latency" !== data0.concerns) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      }
      var valid1 = _errs3 === errors;
      if (valid1) {
        break;
      }
    }
    if (!valid1) {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err3 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema72.not, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
var validator18 = validate35;
var schema73 = { "items": { "exclusiveMaximum": 300 }, "$id": "loadgate:then:locust/wait-time-in-milliseconds:0:defaults" };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 == "number") {
        if (data0 >= 300 || isNaN(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 300 }, message: "must be < 300", schema: 300, parentSchema: schema73.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var validator19 = validate36;
var schema74 = { "not": { "required": ["kind", "args"], "properties": { "kind": { "enum": ["constant", "between"] }, "args": { "type": "array", "minItems": 1, "items": { "const": 0 } } } }, "$id": "loadgate:then:locust/zero-wait-time:0" };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind") || data.args === void 0 && (missing0 = "args")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        let data0 = data.kind;
        const _errs2 = errors;
        if (!(data0 === "constant" || data0 === "between")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var valid1 = _errs2 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.args !== void 0) {
          let data1 = data.args;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (Array.isArray(data1)) {
              if (data1.length < 1) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              } else {
                var valid2 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs5 = errors;
                  if (0 !== data1[i0]) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                  var valid2 = _errs5 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              }
            } else {
              const err4 = {};
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err5 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema74.not, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var validator20 = validate37;
var schema75 = { "if": { "required": ["maxWait"], "properties": { "maxWait": { "required": ["value"], "properties": { "value": { "const": 0 } } }, "waitTime": { "not": { "required": ["kind", "args"], "properties": { "kind": { "enum": ["constant", "between"] }, "args": { "type": "array", "minItems": 1, "items": { "const": 0 } } } } } } }, "then": { "properties": { "minWait": { "properties": { "value": { "not": { "const": 0 } } } } } }, "$id": "loadgate:then:locust/zero-wait-time:1" };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.maxWait === void 0 && (missing0 = "maxWait")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.maxWait !== void 0) {
        let data0 = data.maxWait;
        const _errs2 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          let missing1;
          if (data0.value === void 0 && (missing1 = "value")) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          } else {
            if (data0.value !== void 0) {
              if (0 !== data0.value) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          }
        }
        var valid1 = _errs2 === errors;
      } else {
        var valid1 = true;
      }
      if (valid1) {
        if (data.waitTime !== void 0) {
          let data2 = data.waitTime;
          const _errs4 = errors;
          const _errs5 = errors;
          const _errs6 = errors;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            let missing2;
            if (data2.kind === void 0 && (missing2 = "kind") || data2.args === void 0 && (missing2 = "args")) {
              const err3 = {};
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            } else {
              if (data2.kind !== void 0) {
                let data3 = data2.kind;
                const _errs7 = errors;
                if (!(data3 === "constant" || data3 === "between")) {
                  const err4 = {};
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                var valid4 = _errs7 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data2.args !== void 0) {
                  let data4 = data2.args;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      if (data4.length < 1) {
                        const err5 = {};
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      } else {
                        var valid5 = true;
                        const len0 = data4.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs10 = errors;
                          if (0 !== data4[i0]) {
                            const err6 = {};
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                          var valid5 = _errs10 === errors;
                          if (!valid5) {
                            break;
                          }
                        }
                      }
                    } else {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  }
                  var valid4 = _errs8 === errors;
                } else {
                  var valid4 = true;
                }
              }
            }
          }
          var valid3 = _errs6 === errors;
          if (valid3) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
          }
          var valid1 = _errs4 === errors;
        } else {
          var valid1 = true;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.minWait !== void 0) {
        let data6 = data.minWait;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.value !== void 0) {
            let data7 = data6.value;
            const _errs14 = errors;
            const _errs15 = errors;
            if (0 !== data7) {
              const err9 = {};
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var valid8 = _errs15 === errors;
            if (valid8) {
              const err10 = { instancePath: instancePath + "/minWait/value", schemaPath: "#/then/properties/minWait/properties/value/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema75.then.properties.minWait.properties.value.not, parentSchema: schema75.then.properties.minWait.properties.value, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            } else {
              errors = _errs14;
              if (vErrors !== null) {
                if (_errs14) {
                  vErrors.length = _errs14;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        }
      }
    }
    var _valid0 = _errs11 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema75.if, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var validator21 = validate38;
var schema76 = { "if": { "type": "object" }, "then": { "properties": { "ramp-up": false, "hold-for": false, "iterations": false, "steps": false, "throughput": false, "concurrency": false, "scenario": false, "executor": false } }, "$id": "loadgate:then:taurus/load-key-under-provisioning:0" };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["ramp-up"] !== void 0) {
        const err1 = { instancePath: instancePath + "/ramp-up", schemaPath: "#/then/properties/ramp-up/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties["ramp-up"], data: data["ramp-up"] };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data["hold-for"] !== void 0) {
        const err2 = { instancePath: instancePath + "/hold-for", schemaPath: "#/then/properties/hold-for/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties["hold-for"], data: data["hold-for"] };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.iterations !== void 0) {
        const err3 = { instancePath: instancePath + "/iterations", schemaPath: "#/then/properties/iterations/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.iterations, data: data.iterations };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.steps !== void 0) {
        const err4 = { instancePath: instancePath + "/steps", schemaPath: "#/then/properties/steps/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.steps, data: data.steps };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.throughput !== void 0) {
        const err5 = { instancePath: instancePath + "/throughput", schemaPath: "#/then/properties/throughput/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.throughput, data: data.throughput };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.concurrency !== void 0) {
        const err6 = { instancePath: instancePath + "/concurrency", schemaPath: "#/then/properties/concurrency/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.concurrency, data: data.concurrency };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.scenario !== void 0) {
        const err7 = { instancePath: instancePath + "/scenario", schemaPath: "#/then/properties/scenario/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.scenario, data: data.scenario };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.executor !== void 0) {
        const err8 = { instancePath: instancePath + "/executor", schemaPath: "#/then/properties/executor/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema76.then.properties.executor, data: data.executor };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema76.if, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var validator22 = validate39;
var schema77 = { "if": { "type": "object" }, "then": { "properties": { "ramp-up": false, "hold-for": false, "iterations": false, "steps": false, "throughput": false, "concurrency": false, "scenario": false, "executor": false } }, "$id": "loadgate:then:taurus/load-key-under-provisioning:1" };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["ramp-up"] !== void 0) {
        const err1 = { instancePath: instancePath + "/ramp-up", schemaPath: "#/then/properties/ramp-up/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties["ramp-up"], data: data["ramp-up"] };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data["hold-for"] !== void 0) {
        const err2 = { instancePath: instancePath + "/hold-for", schemaPath: "#/then/properties/hold-for/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties["hold-for"], data: data["hold-for"] };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.iterations !== void 0) {
        const err3 = { instancePath: instancePath + "/iterations", schemaPath: "#/then/properties/iterations/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.iterations, data: data.iterations };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.steps !== void 0) {
        const err4 = { instancePath: instancePath + "/steps", schemaPath: "#/then/properties/steps/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.steps, data: data.steps };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.throughput !== void 0) {
        const err5 = { instancePath: instancePath + "/throughput", schemaPath: "#/then/properties/throughput/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.throughput, data: data.throughput };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.concurrency !== void 0) {
        const err6 = { instancePath: instancePath + "/concurrency", schemaPath: "#/then/properties/concurrency/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.concurrency, data: data.concurrency };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.scenario !== void 0) {
        const err7 = { instancePath: instancePath + "/scenario", schemaPath: "#/then/properties/scenario/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.scenario, data: data.scenario };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.executor !== void 0) {
        const err8 = { instancePath: instancePath + "/executor", schemaPath: "#/then/properties/executor/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema77.then.properties.executor, data: data.executor };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema77.if, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var validator23 = validate40;
var schema78 = { "anyOf": [{ "type": "string" }, { "type": "object", "required": ["script"] }, { "type": "object", "required": ["requests"], "properties": { "requests": { "type": "array", "minItems": 1 } } }], "$id": "loadgate:then:taurus/scenario-without-requests:0" };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.anyOf[0].type, parentSchema: schema78.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.script === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema78.anyOf[1].required, parentSchema: schema78.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.anyOf[1].type, parentSchema: schema78.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.requests === void 0) {
          const err3 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'", schema: schema78.anyOf[2].required, parentSchema: schema78.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.requests !== void 0) {
          let data0 = data.requests;
          if (Array.isArray(data0)) {
            if (data0.length < 1) {
              const err4 = { instancePath: instancePath + "/requests", schemaPath: "#/anyOf/2/properties/requests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema78.anyOf[2].properties.requests, data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/requests", schemaPath: "#/anyOf/2/properties/requests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema78.anyOf[2].properties.requests.type, parentSchema: schema78.anyOf[2].properties.requests, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.anyOf[2].type, parentSchema: schema78.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema78.anyOf, parentSchema: schema78, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var validator24 = validate41;
var schema79 = { "anyOf": [{ "required": ["ramp-up"] }, { "required": ["hold-for"] }], "$id": "loadgate:then:taurus/throughput-without-duration:0" };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["ramp-up"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "ramp-up" }, message: "must have required property 'ramp-up'", schema: schema79.anyOf[0].required, parentSchema: schema79.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data["hold-for"] === void 0) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "hold-for" }, message: "must have required property 'hold-for'", schema: schema79.anyOf[1].required, parentSchema: schema79.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema79.anyOf, parentSchema: schema79, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var precompiled = {
  "run": validator0,
  "config": validator1,
  "when:artillery/processor-function-missing:1": validator2,
  "when:criteria-average-only:3": validator3,
  "when:criteria-latency-only:3": validator4,
  "then:jmeter/csv-absolute-path:0": validator5,
  "when:jmeter/csv-eof-not-handled:3": validator6,
  "then:jmeter/functional-mode-enabled:0": validator7,
  "when:jmeter/gui-listener-enabled:2": validator8,
  "when:jmeter/infinite-loop-without-duration:2": validator9,
  "then:jmeter/infinite-loop-without-duration:0": validator10,
  "when:jmeter/jsr223-cache-disabled:2": validator11,
  "then:jmeter/jsr223-cache-disabled:0": validator12,
  "then:jmeter/jsr223-not-groovy:0": validator13,
  "when:jmeter/jsr223-variable-interpolation:1": validator14,
  "when:jmeter/listener-saves-response-data:2": validator15,
  "then:k6/connection-reuse-disabled:0": validator16,
  "when:locust/no-latency-criteria:2": validator17,
  "then:locust/wait-time-in-milliseconds:0:defaults": validator18,
  "then:locust/zero-wait-time:0": validator19,
  "then:locust/zero-wait-time:1": validator20,
  "then:taurus/load-key-under-provisioning:0": validator21,
  "then:taurus/load-key-under-provisioning:1": validator22,
  "then:taurus/scenario-without-requests:0": validator23,
  "then:taurus/throughput-without-duration:0": validator24
};

// src/util/ajv.ts
var shared;
function ajv() {
  shared ??= new import_ajv.Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  return shared;
}
var compiled = /* @__PURE__ */ new WeakMap();
var compiledByText = /* @__PURE__ */ new Map();
function compileSchema(schema, precompiledKey) {
  let validate = compiled.get(schema);
  if (validate) return validate;
  const ready = precompiledKey ? precompiled[precompiledKey] : void 0;
  if (ready) {
    compiled.set(schema, ready);
    return ready;
  }
  const id = typeof schema.$id === "string" ? schema.$id : void 0;
  const text = id ? void 0 : JSON.stringify(schema);
  validate = text === void 0 ? void 0 : compiledByText.get(text);
  if (!validate) {
    if (id && ajv().getSchema(id)) ajv().removeSchema(id);
    validate = ajv().compile(schema);
    if (text !== void 0 && compiledByText.size < 1e3) compiledByText.set(text, validate);
  }
  compiled.set(schema, validate);
  return validate;
}
function describeAjvError(error, root = "") {
  const path2 = jsonPointerToPath(error.instancePath, root);
  const where = path2 ? `"${path2}"` : "the value";
  switch (error.keyword) {
    case "required":
      return `${where} is missing required key "${String(error.params.missingProperty)}"`;
    case "additionalProperties":
      return `${where} has unknown key "${String(error.params.additionalProperty)}"`;
    case "enum":
      return `${where} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${where} must be ${String(error.params.type)}`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}
function jsonPointerToPath(pointer, root = "") {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = root;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}
function pointerSegments(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/results/sketch/encode.ts
var VERSION2 = 1;
var FLAG_FLOAT_COUNTS = 1;
var SketchDecodeError = class extends Error {
};
function encodeSketch(sketch) {
  const json2 = sketch.toJSON();
  const keys = [];
  const counts = [];
  json2.bins.forEach((c, i) => {
    if (c !== 0) {
      keys.push(json2.offset + i);
      counts.push(c);
    }
  });
  const floatCounts = ![json2.zeros, ...counts].every((c) => Number.isSafeInteger(c) && c >= 0);
  const out = new Writer();
  out.byte(VERSION2);
  out.byte(floatCounts ? FLAG_FLOAT_COUNTS : 0);
  out.f64(json2.alpha);
  out.f64(json2.sum);
  out.f64(json2.min);
  out.f64(json2.max);
  const count4 = (c) => floatCounts ? out.f64(c) : out.varint(c);
  count4(json2.zeros);
  out.varint(zigzag(keys[0] ?? 0));
  out.varint(keys.length);
  let previous = keys[0] ?? 0;
  keys.forEach((key, i) => {
    out.varint(key - previous);
    previous = key;
    count4(counts[i]);
  });
  return Buffer.from(out.bytes()).toString("base64");
}
function decodeSketch(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new SketchDecodeError("is not base64");
  const input = new Reader(Buffer.from(text, "base64"));
  const version = input.byte();
  if (version !== VERSION2)
    throw new SketchDecodeError(`is sketch encoding ${version}; this loadgate reads ${VERSION2}`);
  const flags = input.byte();
  const alpha = input.f64();
  if (!(alpha > 0 && alpha < 1)) throw new SketchDecodeError(`has relative accuracy ${alpha}, not in (0, 1)`);
  const sum3 = input.f64();
  const min = input.f64();
  const max = input.f64();
  const count4 = () => flags & FLAG_FLOAT_COUNTS ? input.f64() : input.varint();
  const zeros = count4();
  let key = unzigzag(input.varint());
  const n = input.varint();
  if (n > input.remaining()) throw new SketchDecodeError("is truncated");
  const keys = [];
  const counts = [];
  for (let i = 0; i < n; i++) {
    key += input.varint();
    keys.push(key);
    counts.push(count4());
  }
  if (input.remaining() !== 0) throw new SketchDecodeError("has bytes after its last bucket");
  const offset2 = keys[0] ?? 0;
  const span = (keys.at(-1) ?? offset2) - offset2 + 1;
  if (keys.some((k, i) => i > 0 && k === keys[i - 1])) throw new SketchDecodeError("repeats a bucket");
  if (span > 1e6) throw new SketchDecodeError(`spans ${span} buckets, more than a latency sketch can`);
  const bins = new Array(keys.length === 0 ? 0 : span).fill(0);
  keys.forEach((k, i) => bins[k - offset2] = counts[i]);
  const total = counts.reduce((a, b) => a + b, zeros);
  if (![sum3, min, max, total].every(Number.isFinite) || total > 0 && min > max)
    throw new SketchDecodeError("has inconsistent totals");
  const json2 = { alpha, count: total, sum: sum3, min, max, zeros, offset: offset2, bins };
  return DDSketch.fromJSON(json2);
}
function zigzag(n) {
  return n < 0 ? -2 * n - 1 : 2 * n;
}
function unzigzag(n) {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}
var Writer = class {
  buffer = new Uint8Array(256);
  length = 0;
  scratch = new DataView(new ArrayBuffer(8));
  byte(b) {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = b;
  }
  f64(v) {
    this.scratch.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.byte(this.scratch.getUint8(i));
  }
  /** LEB128 with arithmetic rather than bit operators, which would cut values above 2^31. */
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`cannot encode ${v} as a varint`);
    while (v >= 128) {
      this.byte(v % 128 + 128);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
  bytes() {
    return this.buffer.subarray(0, this.length);
  }
};
var Reader = class {
  constructor(data) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  data;
  position = 0;
  view;
  remaining() {
    return this.data.length - this.position;
  }
  byte() {
    if (this.position >= this.data.length) throw new SketchDecodeError("is truncated");
    return this.data[this.position++];
  }
  f64() {
    if (this.position + 8 > this.data.length) throw new SketchDecodeError("is truncated");
    const v = this.view.getFloat64(this.position, true);
    this.position += 8;
    return v;
  }
  varint() {
    let value = 0;
    let scale = 1;
    for (; ; ) {
      const b = this.byte();
      value += (b & 127) * scale;
      if (b < 128) break;
      scale *= 128;
      if (scale > 2 ** 53) throw new SketchDecodeError("has a number too large");
    }
    return value;
  }
};

// src/results/run-file.ts
var RUN_SCHEMA = "loadgate/run@2";
var READ_SCHEMAS = ["loadgate/run@1", RUN_SCHEMA];
var MAX_ERRORS = 8;
var validator;
var runFileReader = {
  format: "loadgate-run",
  tool: "loadgate",
  fileNameHint: /\.run\.json$|baseline/i,
  sniff: (head) => /"schema"\s*:\s*"loadgate\/run@/.test(head),
  read: readRunFile
};
function readRunFile(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const value = parsed.value;
  if (!isObject(value)) {
    return {
      diagnostics: [
        { file, message: `Not a loadgate run: expected an object, found ${describeJsonType(value)}.` }
      ]
    };
  }
  if (typeof value.schema !== "string" || !READ_SCHEMAS.includes(value.schema)) {
    const schema = value.schema;
    const message = typeof schema === "string" && schema.startsWith("loadgate/run@") ? `This run file is "${schema}", written by a newer loadgate; this version reads ${READ_SCHEMAS.map((s) => `"${s}"`).join(" and ")}. Update loadgate or regenerate the baseline.` : `Not a loadgate run: expected "schema": "${RUN_SCHEMA}", found ${schema === void 0 ? listKeys(value) : JSON.stringify(schema)}.`;
    return { diagnostics: [{ file, message }] };
  }
  validator ??= compileSchema(run_schema_default, "run");
  if (!validator(value)) {
    const errors = (validator.errors ?? []).filter((e) => e.keyword !== "if");
    const shown = errors.slice(0, MAX_ERRORS).map((e) => ({ file, message: `Invalid loadgate run: ${describeAjvError(e)}.` }));
    if (errors.length > MAX_ERRORS) {
      shown.push({
        file,
        message: `Invalid loadgate run: ${errors.length - MAX_ERRORS} more schema errors not shown.`
      });
    }
    return { diagnostics: shown };
  }
  const run = value;
  const bad = decodeSketches(run, value);
  if (bad) return { diagnostics: [{ file, message: `Invalid loadgate run: ${bad}.` }] };
  return { run, diagnostics: [] };
}
function decodeSketches(run, raw) {
  const rows = [
    ["overall", run.overall],
    ...run.endpoints.map((e, i) => [`endpoints[${i}]`, e]),
    ...(run.series ?? []).map((w, i) => [`series[${i}]`, w])
  ];
  for (const [where, row2] of rows) {
    if (row2.sketch === void 0) continue;
    if (raw.schema !== RUN_SCHEMA) {
      delete row2.sketch;
      continue;
    }
    try {
      row2.sketch = decodeSketch(row2.sketch);
    } catch (error) {
      if (!(error instanceof SketchDecodeError)) throw error;
      return `"${where}.sketch" ${error.message}`;
    }
  }
  return void 0;
}
function serializeRun(run) {
  const ordered = {
    schema: RUN_SCHEMA,
    source: run.source,
    // A run@2 file always says where it came from; callers with an environment pass it in `run.provenance`.
    provenance: run.provenance ?? provenanceOf(run),
    profile: run.profile,
    ...run.span ? { span: run.span } : {},
    overall: encodedRow(run.overall),
    endpoints: run.endpoints.map(encodedRow),
    thresholds: run.thresholds,
    ...run.checks ? { checks: run.checks } : {},
    ...run.folding ? { folding: run.folding } : {},
    ...run.delivery ? { delivery: run.delivery } : {},
    ...run.meta ? { meta: run.meta } : {}
  };
  const text = json(ordered, 2);
  if (!run.series) return `${text}
`;
  const windows2 = run.series.map((w) => `    ${json(encodedRow(w))}`).join(",\n");
  const series = run.series.length ? `[
${windows2}
  ]` : "[]";
  return `${text.slice(0, -2)},
  "series": ${series}
}
`;
}
function json(value, indent) {
  return JSON.stringify(
    value,
    (_key, v) => typeof v === "number" && !Number.isFinite(v) ? void 0 : v,
    indent
  );
}
function encodedRow(row2) {
  const { sketch, ...rest } = row2;
  return sketch && sketch.count > 0 ? { ...rest, sketch: encodeSketch(sketch) } : rest;
}

// src/scenario/jmeter/xml.ts
var import_saxes = __toESM(require_saxes(), 1);
var MAX_DEPTH = 1e3;
var StopParsing = class extends Error {
};
var NO_CHILDREN = [];
Object.freeze(NO_CHILDREN);
function parseXml(text) {
  const parser = new import_saxes.SaxesParser({ position: true });
  const stack = [];
  let root;
  let failure;
  const comments = [];
  parser.on("comment", (text2) => {
    let breaks = 0;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) breaks++;
    comments.push({ line: parser.line - breaks, text: text2.trim() });
  });
  parser.on("opentagstart", (tag) => {
    if (stack.length >= MAX_DEPTH) {
      failure = {
        message: `elements nest more than ${MAX_DEPTH} levels deep`,
        line: parser.line,
        column: Math.max(1, parser.columnIndex - tag.name.length)
      };
      throw new StopParsing();
    }
    const element = {
      name: tag.name,
      // saxes fills this object itself; the element keeps it rather than copying each attribute.
      attributes: tag.attributes,
      children: NO_CHILDREN,
      text: "",
      line: parser.line,
      column: Math.max(1, parser.columnIndex - tag.name.length)
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else parent.children.push(element);
    } else root ??= element;
    stack.push(element);
  });
  const addText = (chars) => {
    const current = stack[stack.length - 1];
    if (current && current.children.length === 0) current.text += chars;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    failure = {
      // saxes puts `line:column: ` first; the diagnostic carries them separately.
      message: error.message.replace(/^\d+:\d+:\s*/, ""),
      line: parser.line,
      column: parser.column + 1
    };
    throw new StopParsing();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (failure) return { ok: false, ...failure, root, comments };
  if (!root) return { ok: false, message: "holds no XML element", line: 1, column: 1, comments };
  return { ok: true, root, comments };
}

// src/results/taurus/final-stats.ts
var taurusFinalStatsXmlReader = {
  format: "taurus-final-stats-xml",
  tool: "taurus",
  sniff: (head) => /<FinalStatus[\s>]/.test(head),
  read: readTaurusFinalStatsXml
};
var taurusFinalStatsCsvReader = {
  format: "taurus-final-stats-csv",
  tool: "taurus",
  sniff: (head) => {
    const h = headerFields(headLine(head));
    return h[0] === "label" && h.includes("avg_rt") && h.includes("throughput") && h.includes("succ");
  },
  read: readTaurusFinalStatsCsv
};
function readTaurusFinalStatsXml(text, file) {
  const parsed = parseXml(text);
  if (!parsed.ok) {
    return { diagnostics: [{ file, line: parsed.line, message: `Not well-formed XML: ${parsed.message}.` }] };
  }
  const root = parsed.root;
  if (root.name !== "FinalStatus") {
    return {
      diagnostics: [
        {
          file,
          line: root.line,
          message: `Expected <FinalStatus> (Taurus final-stats dump-xml), found <${root.name}>.`
        }
      ]
    };
  }
  const diagnostics = [];
  const sets = [];
  let durationSec;
  for (const child of root.children) {
    if (child.name === "TestDuration") durationSec = csvNumber(child.text);
    if (child.name !== "Group") continue;
    const set = {
      label: child.attributes.label ?? "",
      line: child.line,
      scalars: /* @__PURE__ */ new Map(),
      percentiles: /* @__PURE__ */ new Map(),
      codes: /* @__PURE__ */ new Map()
    };
    for (const kpi of child.children) {
      const value = csvNumber(kpi.attributes.value ?? valueText(kpi));
      if (value === void 0) continue;
      const param = kpi.attributes.param;
      if (kpi.name === "perc" && param !== void 0) {
        const level = Number(param);
        if (Number.isFinite(level)) set.percentiles.set(level, value);
      } else if (kpi.name === "rc" && param !== void 0) set.codes.set(param, value);
      else if (param === void 0) set.scalars.set(kpi.name, value);
    }
    sets.push(set);
  }
  return finalStatsRun(sets, durationSec, file, "taurus-final-stats-xml", diagnostics);
}
function valueText(kpi) {
  return kpi.children.find((c) => c.name === "value")?.text;
}
function readTaurusFinalStatsCsv(text, file) {
  const table = readCsvTable(text);
  const diagnostics = [];
  const sets = [];
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short).`
      });
      continue;
    }
    const set = {
      label: fields[0] ?? "",
      line,
      scalars: /* @__PURE__ */ new Map(),
      percentiles: /* @__PURE__ */ new Map(),
      codes: /* @__PURE__ */ new Map()
    };
    table.header.forEach((name, i) => {
      if (i === 0) return;
      const value = csvNumber(fields[i]);
      if (value === void 0) return;
      if (name.startsWith("perc_")) {
        const level = Number(name.slice(5));
        if (Number.isFinite(level)) set.percentiles.set(level, value);
      } else if (name.startsWith("rc_")) set.codes.set(name.slice(3), value);
      else set.scalars.set(name, value);
    });
    sets.push(set);
  }
  return finalStatsRun(sets, void 0, file, "taurus-final-stats-csv", diagnostics);
}
var ms2 = (seconds2) => round3(seconds2 * 1e3);
function toRow(set, diagnostics, file) {
  const count4 = set.scalars.get("throughput") ?? (set.scalars.get("succ") ?? 0) + (set.scalars.get("fail") ?? 0);
  const row2 = {
    name: set.label,
    count: count4,
    errors: set.scalars.get("fail") ?? 0,
    quantiles: [...set.percentiles].sort(([a], [b]) => a - b).map(([level, v]) => [level / 100, ms2(v)])
  };
  const avg = set.scalars.get("avg_rt");
  if (avg !== void 0 && count4 > 0) row2.mean = ms2(avg);
  const p0 = set.percentiles.get(0);
  const p100 = set.percentiles.get(100);
  if (p0 !== void 0 && count4 > 0) row2.min = ms2(p0);
  if (p100 !== void 0 && count4 > 0) row2.max = ms2(p100);
  const kinds = {};
  for (const [code, n] of set.codes) {
    if (/^[23]\d\d$/.test(code) || n <= 0) continue;
    kinds[/^\d{3}$/.test(code) ? `HTTP ${code}` : code] = n;
  }
  if (Object.keys(kinds).length > 0) row2.errorsByKind = kinds;
  if (avg !== void 0 && avg > 3600) {
    diagnostics.push({
      file,
      ...set.line ? { line: set.line } : {},
      message: `"${set.label || OVERALL_NAME}": average response time ${avg} s is over an hour; Taurus writes seconds, so this file may hold milliseconds. Its numbers are read as seconds.`,
      severity: "warning"
    });
  }
  return row2;
}
function finalStatsRun(sets, durationSec, file, format, diagnostics) {
  const total = sets.find((s) => s.label === "");
  const labels = sets.filter((s) => s.label !== "");
  if (!total && labels.length === 0) {
    diagnostics.push({
      file,
      message: "The Taurus final-stats dump has no label groups: there is nothing to compare."
    });
    return { diagnostics };
  }
  const options = {
    quality: "sketch",
    latencyKind: "total",
    ...durationSec ? { durationSec } : {}
  };
  const rows = labels.map((s) => toRow(s, diagnostics, file));
  let overall;
  if (total) overall = combineRows(OVERALL_NAME, void 0, [toRow(total, diagnostics, file)], options);
  else {
    diagnostics.push({
      file,
      message: "The dump has no total group (empty label): the overall row was computed from the labels.",
      severity: "warning"
    });
    overall = combineRows(OVERALL_NAME, void 0, rows, options);
  }
  const { endpoints, folding } = foldSummaryRows(rows, options);
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "taurus", format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: []
  };
  const concurrency = total?.scalars.get("concurrency");
  if (concurrency !== void 0 && concurrency > 0) run.profile.maxVUs = concurrency;
  if (folding) run.folding = folding;
  return { run, diagnostics };
}

// src/results/taurus/junit-xml.ts
var taurusJunitXmlReader = {
  format: "taurus-junit-xml",
  tool: "taurus",
  sniff: (head) => /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*<testsuites[\s>]/.test(head.replace(/^\uFEFF/, "")),
  read: readTaurusJunitXml
};
function junitOutcomes(text, file) {
  const parsed = parseXml(text);
  if (!parsed.ok) {
    return {
      thresholds: [],
      diagnostics: [{ file, line: parsed.line, message: `Not well-formed XML: ${parsed.message}.` }]
    };
  }
  const thresholds = [];
  for (const suite of parsed.root.children.filter((c) => c.name === "testsuite")) {
    const suiteName = suite.attributes.name ?? "";
    const metric = suiteName === "bzt_pass_fail" ? "pass-fail" : suiteName === "sample_labels" ? "sample-label" : suiteName;
    for (const test of suite.children.filter((c) => c.name === "testcase")) {
      if (test.children.some((c) => c.name === "skipped")) continue;
      const failed = test.children.some((c) => c.name === "failure" || c.name === "error");
      thresholds.push({ metric, expression: test.attributes.name ?? "", ok: !failed });
    }
  }
  return { thresholds, diagnostics: [] };
}
function readTaurusJunitXml(text, file) {
  const { thresholds, diagnostics } = junitOutcomes(text, file);
  if (diagnostics.length > 0) return { diagnostics };
  const run = {
    schema: "loadgate/run@1",
    source: { tool: "taurus", format: "taurus-junit-xml", file },
    profile: {},
    overall: { name: OVERALL_NAME, latency: {}, quality: "reported-only" },
    endpoints: [],
    thresholds,
    checks: { passes: thresholds.filter((t) => t.ok).length, fails: thresholds.filter((t) => !t.ok).length }
  };
  return { run, diagnostics: [] };
}

// src/results/readers.ts
var resultReaders = [
  runFileReader,
  k6MachineReadableReader,
  k6SummaryReader,
  k6SummaryExportReader,
  artilleryReportReader,
  locustStatsCsvReader,
  locustHistoryCsvReader,
  locustFailuresCsvReader,
  locustExceptionsCsvReader,
  locustJsonReader,
  locustWorkerLdjsonReader,
  taurusFinalStatsXmlReader,
  taurusFinalStatsCsvReader,
  taurusJunitXmlReader,
  autocannonJsonReader,
  {
    format: "k6-ndjson",
    tool: "k6",
    sniff: sniffK6Ndjson,
    loadStream: async () => (await import("./ndjson-CB6ARGPD.js")).k6NdjsonStream
  },
  {
    format: "k6-csv",
    tool: "k6",
    sniff: sniffK6Csv,
    loadStream: async () => (await import("./csv-MZ2PSB7R.js")).k6CsvStream
  },
  {
    format: "jmeter-jtl-csv",
    tool: "jmeter",
    sniff: sniffJtlCsv,
    fileNameHint: /\.(jtl|csv)$/i,
    loadStream: async () => (await import("./jtl-csv-IOL44TPR.js")).jmeterJtlCsvStream
  },
  {
    format: "jmeter-jtl-xml",
    tool: "jmeter",
    sniff: sniffJtlXml,
    fileNameHint: /\.(jtl|xml)$/i,
    loadStream: async () => (await import("./jtl-xml-QBPGENMG.js")).jmeterJtlXmlStream
  },
  gatlingStatsReader,
  gatlingGlobalStatsReader,
  {
    format: "gatling-simulation-log",
    tool: "gatling",
    sniff: sniffGatlingLog,
    fileNameHint: /\.log$/i,
    loadStream: async () => (await import("./text-log-G5WKOK7Z.js")).gatlingLogStream
  },
  {
    format: "gatling-binary-log",
    tool: "gatling",
    sniff: sniffGatlingBinaryLog,
    fileNameHint: /\.log$/i,
    loadStream: async () => (await import("./binary-log-YGAA2XJX.js")).gatlingBinaryLogStream
  }
];
var SNIFF_BYTES = 64 * 1024;
function sniffFormat(head, file) {
  const claims = resultReaders.filter((r) => r.sniff(head, file));
  if (claims.length <= 1) return claims[0];
  const base = file.replace(/^.*[\\/]/, "");
  return claims.find((r) => r.fileNameHint?.test(base)) ?? claims[0];
}
function readerFor(format) {
  return resultReaders.find((r) => r.format === format);
}
function tried() {
  return `Formats tried: ${resultReaders.map((r) => r.format).join(", ")}; if the file is one of them, name it with "format:" in .loadgate.yml.`;
}
var EXPECTED = "Expected a k6 summary (handleSummary JSON), k6 summary export (--summary-export), k6 machine-readable summary, k6 --out json (NDJSON, .gz too) or --out csv, JMeter JTL (CSV or XML), Artillery report (artillery run --output), Gatling simulation.log (text or binary) or report js/stats.json / global_stats.json, Locust --csv (stats, history, failures) or --json, Taurus final-stats (dump-xml, dump-csv) or junit-xml report, autocannon --json, or loadgate run file.";
function unrecognised(text, file) {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    const d = parsed.diagnostic;
    return d.message.startsWith("Invalid JSON") ? { ...d, message: `Not a result format loadgate knows. ${d.message} ${EXPECTED} ${tried()}` } : d;
  }
  const v = parsed.value;
  if (isObject(v) && Array.isArray(v.assertions) && "simulation" in v && "scenarios" in v) {
    return {
      file,
      message: "This is a Gatling report's assertions.json: it has the assertions' outcome but no statistics. Give the report's js/stats.json instead; loadgate reads assertions.json from beside it."
    };
  }
  const found = isObject(v) ? `top-level keys ${Object.keys(v).slice(0, 6).map((k) => JSON.stringify(k.slice(0, 40))).join(", ") || "(none)"}` : Array.isArray(v) ? "an array" : `a ${v === null ? "null" : typeof v}`;
  return {
    file,
    message: `Not a result format loadgate knows: found ${found}. ${EXPECTED} ${tried()}`
  };
}

// src/results/locust/csv-set.ts
var LOCUST_CSV_FORMATS = [
  "locust-stats-csv",
  "locust-history-csv",
  "locust-failures-csv",
  "locust-exceptions-csv"
];
function readLocustCsvSet(parts) {
  const diagnostics = [];
  const byFormat = /* @__PURE__ */ new Map();
  for (const part of parts) {
    const seen = byFormat.get(part.format);
    if (seen) {
      diagnostics.push({
        file: part.file,
        message: `${seen.file} is already this run's ${part.format} file: one Locust run has one of each, so this one was not read (are these two runs?).`
      });
      continue;
    }
    byFormat.set(part.format, part);
  }
  const prefixes = new Set([...byFormat.values()].map((p) => prefixOf(p.file)));
  if (prefixes.size > 1) {
    diagnostics.push({
      file: parts[0].file,
      message: `These Locust files have different prefixes (${[...prefixes].join(", ")}): they were read as one run, as given.`,
      severity: "warning"
    });
  }
  const statsPart = byFormat.get("locust-stats-csv");
  const historyPart = byFormat.get("locust-history-csv");
  const history = historyPart ? parseLocustHistory(historyPart.text, historyPart.file) : void 0;
  if (history) diagnostics.push(...history.diagnostics);
  let result;
  if (statsPart) {
    result = locustStatsRun(
      parseLocustStats(statsPart.text, statsPart.file),
      statsPart.file,
      "locust-stats-csv"
    );
  } else if (history?.lastTotal && history.lastTotal.count > 0) {
    result = { run: historyRun(history, historyPart.file), diagnostics: [] };
  } else {
    const first = parts[0].file;
    return {
      diagnostics: [
        ...diagnostics,
        {
          file: first,
          message: "None of these Locust files has request counts: give the _stats.csv (or _stats_history.csv) of the run with them."
        }
      ]
    };
  }
  diagnostics.push(...result.diagnostics);
  const run = result.run;
  if (!run) return { diagnostics };
  if (history) {
    if (history.series.length > 0) run.series = history.series;
    if (history.maxUsers !== void 0) run.profile.maxVUs = history.maxUsers;
    if (run.profile.durationSec === void 0 && history.durationSec)
      run.profile.durationSec = history.durationSec;
  }
  const failuresPart = byFormat.get("locust-failures-csv");
  if (failuresPart) {
    const { failures, diagnostics: more } = parseLocustFailures(failuresPart.text, failuresPart.file);
    diagnostics.push(...more);
    const overall = /* @__PURE__ */ new Map();
    for (const f of failures) {
      const kind = errorKind(f.error);
      overall.set(kind, (overall.get(kind) ?? 0) + f.occurrences);
      const name = templateName(f.name);
      const endpoint2 = run.endpoints.find((e) => e.name === name && e.method === f.method) ?? run.endpoints.find((e) => e.name === "(other endpoints)");
      if (!endpoint2) continue;
      endpoint2.errorsByKind ??= {};
      endpoint2.errorsByKind[kind] = (endpoint2.errorsByKind[kind] ?? 0) + f.occurrences;
    }
    if (overall.size > 0)
      run.overall.errorsByKind = Object.fromEntries([...overall].sort((a, b) => b[1] - a[1]));
  }
  run.source.file = [...byFormat.values()].map((p) => p.file).join(", ");
  return { run, diagnostics, format: run.source.format };
}
function prefixOf(file) {
  return file.replace(/_(stats_history[^/\\]*|stats|failures|exceptions)\.csv$/i, "");
}

// src/results/taurus/set.ts
var TAURUS_REPORT_FORMATS = [
  "taurus-final-stats-xml",
  "taurus-final-stats-csv",
  "taurus-junit-xml"
];
function readTaurusSet(parts) {
  const diagnostics = [];
  const stats3 = parts.find((p) => p.format === "taurus-final-stats-xml") ?? parts.find((p) => p.format === "taurus-final-stats-csv");
  if (!stats3) {
    return {
      diagnostics: [
        {
          file: parts[0].file,
          message: "None of these Taurus reports has request counts: give the final-stats dump (dump-xml or dump-csv) with them."
        }
      ]
    };
  }
  for (const p of parts) {
    if (p !== stats3 && p.format !== "taurus-junit-xml") {
      diagnostics.push({
        file: p.file,
        message: `${stats3.file} already gives this run's numbers: this ${p.format} file was not read.`,
        severity: "warning"
      });
    }
  }
  const result = stats3.format === "taurus-final-stats-xml" ? readTaurusFinalStatsXml(stats3.text, stats3.file) : readTaurusFinalStatsCsv(stats3.text, stats3.file);
  diagnostics.push(...result.diagnostics);
  const run = result.run;
  if (!run) return { diagnostics };
  const junit = parts.filter((p) => p.format === "taurus-junit-xml");
  for (const j of junit) {
    const outcomes2 = junitOutcomes(j.text, j.file);
    diagnostics.push(...outcomes2.diagnostics);
    run.thresholds.push(...outcomes2.thresholds);
  }
  run.source.file = [stats3, ...junit].map((p) => p.file).join(", ");
  return { run, diagnostics, format: run.source.format };
}

// src/results/result-sets.ts
var families = [
  { formats: LOCUST_CSV_FORMATS, read: readLocustCsvSet },
  { formats: TAURUS_REPORT_FORMATS, read: readTaurusSet }
];
function resultSetReader(formats) {
  if (formats.length < 2 || formats.some((f) => f === void 0)) return void 0;
  return families.find((family) => formats.every((f) => family.formats.includes(f)))?.read;
}

// src/engine/read-result-file.ts
var MAX_SUMMARY_BYTES = 512 * 1024 * 1024;
var CHUNK = 1 << 20;
async function byteStream(absolute) {
  return (await openBytes(absolute)).stream;
}
async function openBytes(absolute) {
  const handle = await open(absolute, "r");
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(absolute, { highWaterMark: CHUNK });
  const gzip = magic[0] === 31 && magic[1] === 139;
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gzip) raw.on("error", (e) => stream.destroy(e));
  return { stream, gzip };
}
async function* lentChunks(absolute) {
  const handle = await open(absolute, "r");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield bytesRead === CHUNK ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
async function inputBytes(input) {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  async function* bytes() {
    if (head.length > 0) yield head;
    for (; ; ) {
      const next = await it.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  }
  const raw = Readable.from(bytes(), { objectMode: false });
  const gzip = head[0] === 31 && head[1] === 139;
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gzip) raw.on("error", (e) => stream.destroy(e));
  return stream;
}
async function* latin1(chunks) {
  for await (const chunk of chunks) yield chunk.toString("latin1");
}
async function peek(stream) {
  const it = stream[Symbol.asyncIterator]();
  const chunks = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    size += next.value.length;
  }
  const all = {
    async *[Symbol.asyncIterator]() {
      yield* chunks;
      chunks.length = 0;
      if (done) return;
      for (; ; ) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    }
  };
  return { head: Buffer.concat(chunks).toString("latin1", 0, SNIFF_BYTES), all };
}
async function sniffStreamFormat(absolute, path2) {
  try {
    const stream = await byteStream(absolute);
    const { head } = await peek(stream);
    stream.destroy();
    const reader = sniffFormat(head, path2);
    return reader?.loadStream ? reader.format : void 0;
  } catch {
    return void 0;
  }
}
async function sniffFileFormat(absolute, path2) {
  try {
    const stream = await byteStream(absolute);
    const { head } = await peek(stream);
    stream.destroy();
    return sniffFormat(head, path2)?.format;
  } catch {
    return void 0;
  }
}
async function readResultFile(absolute, path2, format, progress) {
  return readResultFiles([{ absolute, path: path2, ...format ? { format } : {} }], progress);
}
async function* counted(chunks, progress) {
  for await (const chunk of chunks) {
    progress(chunk.length);
    yield chunk;
  }
}
async function readResultFiles(files, progress) {
  if (files.length > 1 && !files.some((f) => f.stdin)) {
    const set = await readSummarySet(files);
    if (set) return set;
  }
  let builder;
  let streamReader;
  for (const { absolute, path: path2, format, stdin } of files) {
    const opened = stdin ? void 0 : await openBytes(absolute);
    const peeked = await peek(opened ? opened.stream : await inputBytes(stdin));
    const head = peeked.head;
    const all = progress ? counted(peeked.all, progress) : peeked.all;
    const reader = format ? readerFor(format) : sniffFormat(head, path2);
    if (!reader) return { diagnostics: [unrecognised(fromLatin1(head), path2)] };
    if (!reader.loadStream) {
      if (files.length > 1) {
        return {
          diagnostics: [
            {
              file: path2,
              message: `This is a ${reader.format} file: only raw-sample files (k6 --out json/csv, JMeter JTL) of one run can be merged, because summaries hold final percentiles that cannot be combined.`
            }
          ]
        };
      }
      return readWhole(reader, all, path2, absolute);
    }
    const next = await reader.loadStream();
    if (streamReader && next.format !== streamReader.format) {
      builder.file = path2;
      builder.diagnostic(
        `This is a ${next.format} file, the first file of this run a ${streamReader.format} one: files of one run must have one format. It was not merged.`
      );
      continue;
    }
    streamReader = next;
    builder ??= new RunBuilder({
      tool: next.tool,
      format: next.format,
      latencyKind: next.latencyKind,
      stamps: next.stamps
    });
    builder.file = path2;
    builder.files.push(path2);
    const before = builder.requests;
    let chunks = all;
    if (opened && !opened.gzip) {
      opened.stream.destroy();
      chunks = progress ? counted(lentChunks(absolute), progress) : lentChunks(absolute);
    }
    try {
      if (next.feedBytes) await next.feedBytes(chunks, path2, builder);
      else await next.feed(latin1(chunks), path2, builder);
    } catch (error) {
      const why = error.code ?? error.message;
      builder.diagnostic(
        builder.requests > before ? `The file stopped being readable part-way (${why}); the samples before were read. The file looks truncated.` : `The file could not be read (${why}).`,
        void 0,
        builder.requests > before ? "warning" : "error"
      );
    }
  }
  if (!builder || !streamReader) return { diagnostics: [] };
  const run = builder.build();
  const diagnostics = builder.allDiagnostics();
  if (!run.overall.count) {
    builder.file = builder.files[0] ?? "";
    const why = diagnostics.some((d) => d.severity !== "warning") ? [] : [{ file: builder.file, message: "The file has no request samples: there is nothing to compare." }];
    return { diagnostics: [...diagnostics, ...why], format: streamReader.format };
  }
  return { run, diagnostics, format: streamReader.format };
}
async function readSummarySet(files) {
  const formats = await Promise.all(files.map((f) => sniffFileFormat(f.absolute, f.path)));
  const combine2 = resultSetReader(formats);
  if (!combine2) return void 0;
  const parts = [];
  for (const [i, { absolute, path: path2 }] of files.entries()) {
    const text = await wholeText(await byteStream(absolute));
    if (text === void 0) {
      return {
        diagnostics: [
          {
            file: path2,
            message: `The file is over ${MAX_SUMMARY_BYTES / 2 ** 20} MiB, too large for a ${formats[i]} file (a summary).`
          }
        ]
      };
    }
    parts.push({ format: formats[i], text, file: path2 });
  }
  try {
    return { ...combine2(parts), fileFormats: Object.fromEntries(parts.map((p) => [p.file, p.format])) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          file: files[0].path,
          message: `Reading these files as one run failed: ${why}. Please report this as a loadgate bug.`
        }
      ]
    };
  }
}
async function wholeText(all) {
  const chunks = [];
  let size = 0;
  for await (const chunk of all) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_SUMMARY_BYTES) return void 0;
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readWhole(reader, all, path2, absolute) {
  const chunks = [];
  let size = 0;
  for await (const chunk of all) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_SUMMARY_BYTES) {
      return {
        diagnostics: [
          {
            file: path2,
            message: `The file is over ${MAX_SUMMARY_BYTES / 2 ** 20} MiB, too large for a ${reader.format} file (a summary); loadgate reads summaries whole.`
          }
        ]
      };
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const companions = absolute ? await readCompanions(reader, absolute) : void 0;
  try {
    return { ...reader.read(text, path2, companions), format: reader.format };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          file: path2,
          message: `The ${reader.format} reader failed on this file: ${why}. Please report this as a loadgate bug.`
        }
      ]
    };
  }
}
var MAX_COMPANION_BYTES = 4 * 1024 * 1024;
async function readCompanions(reader, absolute) {
  if (!reader.companions?.length) return void 0;
  const found = /* @__PURE__ */ new Map();
  for (const name of reader.companions) {
    const sibling = join2(dirname2(absolute), name);
    try {
      if ((await stat3(sibling)).size > MAX_COMPANION_BYTES) continue;
      found.set(name, await readFile2(sibling, "utf8"));
    } catch {
    }
  }
  return found;
}

// src/history/store.ts
var HISTORY_SCHEMA = "loadgate/history@1";
var DEFAULT_MAX_RUNS = 100;
function emptyHistory(maxRuns = DEFAULT_MAX_RUNS) {
  return { schema: HISTORY_SCHEMA, maxRuns, entries: [] };
}
function statsOf(row2) {
  const s = {};
  if (row2.count !== void 0) s.count = row2.count;
  const errorRate = row2.errorRate ?? (row2.errors !== void 0 && row2.count ? row2.errors / row2.count : void 0);
  if (errorRate !== void 0) s.errorRate = round4(errorRate, 6);
  if (row2.throughput !== void 0) s.throughput = round4(row2.throughput, 3);
  if (row2.latency.median !== void 0) s.p50 = round4(row2.latency.median, 3);
  if (row2.latency.p95 !== void 0) s.p95 = round4(row2.latency.p95, 3);
  if (row2.latency.p99 !== void 0) s.p99 = round4(row2.latency.p99, 3);
  return s;
}
function round4(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
function entryOf(run, now = /* @__PURE__ */ new Date()) {
  const p = run.provenance;
  const commit = p?.commit ?? run.meta?.commit;
  const ref = p?.ref ?? run.meta?.ref;
  const endpoints = {};
  for (const e of run.endpoints) if (e.kind !== "transaction") endpoints[e.name] = statsOf(e);
  return {
    ...commit ? { commit } : {},
    ...ref ? { ref } : {},
    ...p?.runId ? { runId: p.runId } : {},
    ...p?.runAttempt ? { runAttempt: p.runAttempt } : {},
    time: p?.createdAt ?? run.meta?.createdAt ?? now.toISOString(),
    tool: run.source.tool,
    overall: statsOf(run.overall),
    endpoints
  };
}
function appendEntries(history, added, maxRuns = history.maxRuns) {
  let entries = [...history.entries];
  for (const entry of added) {
    if (entry.runId) entries = entries.filter((e) => e.runId !== entry.runId);
    entries.push(entry);
  }
  entries.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  return { schema: HISTORY_SCHEMA, maxRuns, entries: entries.slice(Math.max(0, entries.length - maxRuns)) };
}
function serializeHistory(history) {
  const header = JSON.stringify({ schema: history.schema, maxRuns: history.maxRuns });
  return [header, ...history.entries.map((e) => JSON.stringify(e))].join("\n") + "\n";
}
var HistoryError = class extends Error {
  constructor(file, line, reason) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
  file;
  line;
  reason;
};
var STAT_KEYS = ["count", "errorRate", "throughput", "p50", "p95", "p99"];
function checkStats(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([k, v]) => STAT_KEYS.includes(k) && typeof v === "number" && Number.isFinite(v)
  );
}
function checkEntry(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "an entry must be a JSON object";
  const e = value;
  if (typeof e.time !== "string" || Number.isNaN(Date.parse(e.time)))
    return '"time" must be an ISO 8601 date';
  if (typeof e.tool !== "string") return '"tool" must be a string';
  for (const key of ["commit", "ref", "runId", "runAttempt"])
    if (e[key] !== void 0 && typeof e[key] !== "string") return `"${key}" must be a string`;
  if (!checkStats(e.overall)) return `"overall" must hold only numbers among ${STAT_KEYS.join(", ")}`;
  if (!e.endpoints || typeof e.endpoints !== "object" || Array.isArray(e.endpoints))
    return '"endpoints" must be an object of endpoint names';
  for (const [name, stats3] of Object.entries(e.endpoints))
    if (!checkStats(stats3)) return `endpoint "${name}" must hold only numbers among ${STAT_KEYS.join(", ")}`;
  return void 0;
}
function parseHistory(text, file) {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return emptyHistory();
  let header;
  try {
    header = JSON.parse(lines[first]);
  } catch {
    throw new HistoryError(
      file,
      first + 1,
      `not a loadgate history file (expected a "${HISTORY_SCHEMA}" header line)`
    );
  }
  const schema = header?.schema;
  if (typeof schema !== "string" || !schema.startsWith("loadgate/history@"))
    throw new HistoryError(
      file,
      first + 1,
      `not a loadgate history file (expected a "${HISTORY_SCHEMA}" header line)`
    );
  if (schema !== HISTORY_SCHEMA)
    throw new HistoryError(
      file,
      first + 1,
      `schema "${schema}" is not readable by this loadgate (reads ${HISTORY_SCHEMA}); upgrade loadgate`
    );
  const maxRuns = header.maxRuns;
  const history = emptyHistory(
    typeof maxRuns === "number" && Number.isInteger(maxRuns) && maxRuns > 0 ? maxRuns : DEFAULT_MAX_RUNS
  );
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new HistoryError(file, i + 1, `not valid JSON (${error.message})`);
    }
    const problem = checkEntry(value);
    if (problem) throw new HistoryError(file, i + 1, problem);
    history.entries.push(value);
  }
  return history;
}

// src/engine/history.ts
import { existsSync } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
async function readHistoryFile(cwd, file, missingOk) {
  const absolute = resolve3(cwd, file);
  const path2 = reportPath(absolute, cwd);
  if (!existsSync(absolute)) {
    if (missingOk) return emptyHistory();
    throw new UsageError(`${path2}: history file does not exist`, { help: false });
  }
  let text;
  try {
    text = await readFile3(absolute, "utf8");
  } catch (error) {
    throw new UsageError(`${path2}: cannot read the history file (${error.code})`, {
      help: false
    });
  }
  try {
    return parseHistory(text, path2);
  } catch (error) {
    throw new UsageError(error.message, { help: false });
  }
}
async function appendToHistory(request) {
  const before = await readHistoryFile(request.cwd, request.history, true);
  const diagnostics = [];
  const added = [];
  for (const given of request.runs) {
    const matched = isGlob(given) ? globFiles(request.cwd, given) : [resolve3(request.cwd, given)];
    if (matched.length === 0) diagnostics.push({ file: given, message: "matches no file" });
    for (const absolute of matched) {
      const path2 = reportPath(absolute, request.cwd);
      if (!existsSync(absolute)) {
        diagnostics.push({ file: path2, message: "does not exist" });
        continue;
      }
      const result = await readResultFile(absolute, path2);
      diagnostics.push(...result.diagnostics);
      if (result.run) added.push(entryOf(result.run, request.now));
    }
  }
  const history = appendEntries(before, added, request.maxRuns ?? before.maxRuns);
  let written = resolve3(request.cwd, request.history);
  if (added.length > 0) {
    try {
      written = await writeArtifact(request.cwd, request.history, serializeHistory(history));
    } catch (error) {
      const code = error.code ?? error.message;
      throw new UsageError(`cannot write the history file ${request.history} (${code})`, { help: false });
    }
  }
  return { history, added, written, diagnostics };
}
async function historyView(cwd, file, current, runs = 20) {
  const path2 = reportPath(resolve3(cwd, file), cwd);
  let history;
  try {
    history = await readHistoryFile(cwd, file, true);
  } catch (error) {
    return { file: path2, entries: [], shifts: [], proposals: [], runs, problem: error.message };
  }
  const entries = history.entries;
  const limits = current ? limitsFromThresholds(current.thresholds) : [];
  return {
    file: path2,
    entries,
    ...current ? { current: entryOf(current) } : {},
    shifts: findShifts(entries),
    proposals: ratchetProposals(entries, limits),
    runs
  };
}

export {
  compileSchema,
  describeAjvError,
  jsonPointerToPath,
  pointerSegments,
  minimatch,
  Minimatch,
  METRIC_IDS,
  budgetConfigSchema,
  metricValue,
  run_schema_default,
  provenanceOf,
  originOf,
  describeOrigin,
  DDSketch,
  serializeRun,
  writeArtifact,
  readSources,
  toolName,
  endpointKey,
  stats,
  round,
  compareRuns,
  detectors,
  detectorById,
  analyzeRun,
  topFindings,
  parseXml,
  readerFor,
  reportPath,
  isInside,
  isGlob,
  walkFiles,
  globFiles,
  resultSetReader,
  sniffStreamFormat,
  sniffFileFormat,
  readResultFile,
  readResultFiles,
  UsageError,
  HISTORY_SCHEMA,
  entryOf,
  HistoryError,
  parseHistory,
  readHistoryFile,
  appendToHistory,
  historyView
};
/*! For license information please see chunk-P2H6B3JA.js.LEGAL.txt */
