/**
 * The in-sandbox half of the harness, as JavaScript source evaluated in each fresh context before
 * the submission. It runs the steps of one case and returns their raw outcomes as a JSON string.
 *
 * Nothing here decides a verdict: expected values never enter the sandbox, and the host compares
 * what comes out. The glue captures the intrinsics it needs before user code runs, so a submission
 * that rewrites prototypes or globals only garbles its own answers. It also removes
 * SharedArrayBuffer, Atomics and WebAssembly, and installs a console that keeps a capped log.
 *
 * Evaluates to `function (hostFx) -> dispatch(command, arg)`; commands: `entry` (the solution),
 * `start` (payload JSON; returns the result JSON, or '' while async steps are still pending) and
 * `collect` (the result JSON, or '' when the run never settled).
 */
export const GLUE_SOURCE = String.raw`(function (hostFx) {
  'use strict';
  var G = globalThis;
  var JSONParse = JSON.parse, JSONStringify = JSON.stringify;
  var ArrayIsArray = Array.isArray, ObjectKeys = Object.keys, ObjectDefineProperty = Object.defineProperty;
  var ObjectGetPrototypeOf = Object.getPrototypeOf, ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var ReflectApply = Reflect.apply, ReflectConstruct = Reflect.construct;
  var NumberIsFinite = Number.isFinite, MathFloor = Math.floor, StringCtor = String, ErrorCtor = Error, TypeErrorCtor = TypeError;
  var PromiseCtor = Promise, PromiseResolve = Promise.resolve, PromiseReject = Promise.reject;
  var IsView = ArrayBuffer.isView;
  var mapSize = ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get;
  var setSize = ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get;
  var mapEntries = Map.prototype.entries, setValues = Set.prototype.values;
  var mapIterNext = ObjectGetPrototypeOf(new Map().entries()).next;
  var setIterNext = ObjectGetPrototypeOf(new Set().values()).next;
  var typedLength = ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8Array.prototype), 'length').get;
  var OUT_LIMIT = 8000000, LOG_LIMIT = 8192, DEPTH_LIMIT = 64;

  delete G.SharedArrayBuffer; delete G.Atomics; delete G.WebAssembly;

  var logs = '', logFull = false;
  function show(x) {
    if (typeof x === 'string') return x;
    try { return enc(x, 0, 2000); } catch (e) { return '[unprintable]'; }
  }
  function log() {
    if (logFull) return;
    var line = '';
    for (var i = 0; i < arguments.length; i++) line += (i ? ' ' : '') + show(arguments[i]);
    if (logs.length + line.length + 1 > LOG_LIMIT) { logs += '\n[output truncated]'; logFull = true; return; }
    logs += (logs ? '\n' : '') + line;
  }
  var consoleObject = { log: log, info: log, warn: log, error: log, debug: log, trace: log };
  ObjectDefineProperty(G, 'console', { value: consoleObject, writable: true, configurable: true, enumerable: false });

  function isMap(v) { try { ReflectApply(mapSize, v, []); return true; } catch (e) { return false; } }
  function isSet(v) { try { ReflectApply(setSize, v, []); return true; } catch (e) { return false; } }
  function tooLarge() { return new ErrorCtor('the result is too large to compare'); }

  // Encodes a value as JSON text, with tagged objects for what JSON cannot say.
  function enc(v, d, limit) {
    switch (typeof v) {
      case 'undefined': return '{"$undefined":true}';
      case 'boolean': return v ? 'true' : 'false';
      case 'number':
        if (NumberIsFinite(v)) return v === 0 ? '0' : StringCtor(v);
        return '{"$number":"' + (v !== v ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity') + '"}';
      case 'string': return JSONStringify(v);
      case 'bigint': return '{"$bigint":"' + StringCtor(v) + '"}';
      case 'symbol': return '{"$symbol":true}';
      case 'function': return '{"$function":true}';
    }
    if (v === null) return 'null';
    if (d > DEPTH_LIMIT) throw new ErrorCtor('the result is nested too deeply (or refers to itself)');
    var s, i, n, first, it, r;
    if (ArrayIsArray(v) || IsView(v)) {
      n = ArrayIsArray(v) ? v.length : ReflectApply(typedLength, v, []);
      s = '[';
      for (i = 0; i < n; i++) {
        s += (i ? ',' : '') + enc(v[i], d + 1, limit);
        if (s.length > limit) throw tooLarge();
      }
      return s + ']';
    }
    if (isMap(v)) {
      s = '{"$map":['; first = true; it = ReflectApply(mapEntries, v, []);
      for (;;) {
        r = ReflectApply(mapIterNext, it, []);
        if (r.done) break;
        s += (first ? '' : ',') + '[' + enc(r.value[0], d + 1, limit) + ',' + enc(r.value[1], d + 1, limit) + ']';
        first = false;
        if (s.length > limit) throw tooLarge();
      }
      return s + ']}';
    }
    if (isSet(v)) {
      s = '{"$set":['; first = true; it = ReflectApply(setValues, v, []);
      for (;;) {
        r = ReflectApply(setIterNext, it, []);
        if (r.done) break;
        s += (first ? '' : ',') + enc(r.value, d + 1, limit);
        first = false;
        if (s.length > limit) throw tooLarge();
      }
      return s + ']}';
    }
    var keys = ObjectKeys(v);
    s = '{';
    for (i = 0; i < keys.length; i++) {
      s += (i ? ',' : '') + JSONStringify(StringCtor(keys[i])) + ':' + enc(v[keys[i]], d + 1, limit);
      if (s.length > limit) throw tooLarge();
    }
    return s + '}';
  }

  function text(x) { return typeof x === 'string' ? x : ''; }
  function describeError(e) {
    var name = 'Error', message = '', stack = '';
    try {
      if (typeof e === 'object' && e !== null) {
        name = text(e.name) || 'Error'; message = text(e.message); stack = text(e.stack);
      } else {
        name = 'Thrown'; message = typeof e === 'string' ? e : show(e);
      }
    } catch (x) { message = 'an error that could not be read'; }
    return '{"name":' + JSONStringify(name.slice(0, 200)) + ',"message":' + JSONStringify(message.slice(0, 2000)) +
      ',"stack":' + JSONStringify(stack.slice(0, 4000)) + '}';
  }

  var clock = 0;
  function now() { return clock; }
  function fixture(name) {
    if (name === 'now') return function now() { return +hostFx('now', ''); };
    if (name === 'rng') return function rng() { return +hostFx('rng', ''); };
    if (name === 'sleep') return function sleep(ms) {
      hostFx('sleep', typeof ms === 'number' ? StringCtor(ms) : 'NaN');
      return ReflectApply(PromiseResolve, PromiseCtor, [undefined]);
    };
    if (name === 'transport') return function transport(request) {
      var sent; try { sent = enc(request, 0, 100000); } catch (e) { sent = 'null'; }
      var reply = JSONParse(hostFx('transport', sent));
      if (reply.error !== undefined) {
        var err = new ErrorCtor('network error: ' + reply.error); err.code = reply.error;
        return ReflectApply(PromiseReject, PromiseCtor, [err]);
      }
      return ReflectApply(PromiseResolve, PromiseCtor, [reply.value]);
    };
    throw new ErrorCtor('unknown fixture ' + name);
  }

  // Compiles an argument template once into a function of the iteration number that builds a fresh
  // value each time (placeholders resolved, $i computed). Repeat blocks call these in a hot loop.
  function compile(t) {
    if (typeof t !== 'object' || t === null) return function () { return t; };
    if (ArrayIsArray(t)) {
      var parts = [], n = t.length;
      for (var k = 0; k < n; k++) parts[k] = compile(t[k]);
      return function (i) {
        var a = [];
        for (var k = 0; k < n; k++) a[k] = parts[k](i);
        return a;
      };
    }
    if (t.$undefined === true) return function () { return undefined; };
    if (typeof t.$number === 'string') { var num = +t.$number; return function () { return num; }; }
    if (t.$now === true) return function () { return now; };
    if (typeof t.$fx === 'string') { var name = t.$fx; return function () { return fixture(name); }; }
    if (typeof t.$i === 'object' && t.$i !== null) {
      var p = t.$i, div = p.div || 1, mul = p.mul === undefined ? 1 : p.mul, add = p.add || 0, mod = p.mod || 0;
      var prefix = typeof p.prefix === 'string' ? p.prefix : undefined;
      return function (i) {
        var q = (div === 1 ? i : MathFloor(i / div)) * mul + add;
        if (mod) q = ((q % mod) + mod) % mod;
        return prefix === undefined ? q : prefix + q;
      };
    }
    var keys = ObjectKeys(t), fns = [];
    for (var j = 0; j < keys.length; j++) fns[j] = compile(t[keys[j]]);
    return function (i) {
      var o = {};
      for (var j = 0; j < keys.length; j++) ObjectDefineProperty(o, keys[j], { value: fns[j](i), writable: true, enumerable: true, configurable: true });
      return o;
    };
  }
  // Resolves placeholders in place in a freshly parsed value (plain steps: no per-call copies needed).
  function resolve(t) {
    if (typeof t !== 'object' || t === null) return t;
    if (ArrayIsArray(t)) {
      for (var k = 0; k < t.length; k++) { var x = t[k]; if (typeof x === 'object' && x !== null) t[k] = resolve(x); }
      return t;
    }
    if (t.$undefined === true || typeof t.$number === 'string' || t.$now === true || typeof t.$fx === 'string' || (typeof t.$i === 'object' && t.$i !== null)) return compile(t)(0);
    var keys = ObjectKeys(t);
    for (var j = 0; j < keys.length; j++) { var v = t[keys[j]]; if (typeof v === 'object' && v !== null) t[keys[j]] = resolve(v); }
    return t;
  }

  function isThenable(v) {
    return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof v.then === 'function';
  }

  var entry, current = null;

  var lastArgs;
  function invoke(target, step, i) {
    var args = step.argsFn ? step.argsFn(i) : step.args ? resolve(step.args) : [];
    lastArgs = args;
    if (step.call === undefined) return ReflectApply(entry, undefined, args);
    var method = target[step.call];
    if (typeof method !== 'function') throw new TypeErrorCtor(StringCtor(step.call) + ' is not a method of your ' + (entryName || 'class'));
    return ReflectApply(method, target, args);
  }
  var entryName = '';

  async function run(p, state) {
    var out = '', target, v, i, k, step, inner, acc, err;
    try {
      if (p.kind === 'class') {
        try { target = ReflectConstruct(entry, resolve(p.ctor || [])); }
        catch (e) { state.out = '{"ctor":' + describeError(e) + ',"steps":[],"logs":' + JSONStringify(logs) + '}'; state.done = true; return; }
      }
      for (k = 0; k < p.steps.length; k++) {
        step = p.steps[k];
        if (step.at !== undefined) clock = step.at;
        if (step.repeat === undefined) {
          try {
            v = invoke(target, step, 0);
            var called = lastArgs;
            if (isThenable(v)) v = await v;
            out += (k ? ',' : '') + '{"ok":1,"v":' + enc(v, 0, OUT_LIMIT) + (step.checkArgs ? ',"a":' + enc(called, 0, OUT_LIMIT) : '') + '}';
          } catch (e) {
            out += (k ? ',' : '') + '{"ok":0,"e":' + describeError(e) + '}';
          }
        } else {
          acc = step.collect ? '[' : ''; err = '';
          for (var c = 0; c < step.steps.length; c++) {
            inner = step.steps[c];
            inner.argsFn = inner.args ? compile(inner.args) : undefined;
            inner.atFn = inner.at !== undefined && typeof inner.at !== 'number' ? compile(inner.at) : undefined;
          }
          outer: for (i = 0; i < step.repeat; i++) {
            for (var j = 0; j < step.steps.length; j++) {
              inner = step.steps[j];
              if (inner.atFn) clock = inner.atFn(i);
              else if (inner.at !== undefined) clock = inner.at;
              try {
                v = invoke(target, inner, i);
                if (isThenable(v)) v = await v;
                if (step.collect) {
                  acc += (i || j ? ',' : '') + enc(v, 0, OUT_LIMIT);
                  if (acc.length > OUT_LIMIT) throw tooLarge();
                }
              } catch (e) {
                err = '{"ok":0,"iteration":' + i + ',"inner":' + j + ',"e":' + describeError(e) + '}';
                break outer;
              }
            }
          }
          out += (k ? ',' : '') + (err || (step.collect ? '{"ok":1,"v":' + acc + ']}' : '{"ok":1}'));
        }
        if (out.length > OUT_LIMIT) throw tooLarge();
      }
      state.out = '{"steps":[' + out + '],"logs":' + JSONStringify(logs) + '}';
    } catch (e) {
      state.out = '{"fatal":' + describeError(e) + ',"logs":' + JSONStringify(logs) + '}';
    }
    state.done = true;
  }

  return function dispatch(command, arg) {
    if (command === 'entry') {
      entry = arg;
      try { entryName = typeof arg === 'function' ? text(arg.name) : ''; } catch (e) { entryName = ''; }
      return typeof arg;
    }
    if (command === 'start') {
      var p = JSONParse(arg);
      logs = ''; logFull = false; clock = 0;
      var state = { done: false, out: '' };
      current = state;
      run(p, state);
      return state.done ? state.out : '';
    }
    if (command === 'collect') return current && current.done ? current.out : '';
    return '';
  };
})`;
