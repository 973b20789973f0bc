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

  // Builds a fresh argument value from its template (placeholders resolved, $i computed).
  function make(t, i) {
    if (typeof t !== 'object' || t === null) return t;
    if (ArrayIsArray(t)) {
      var a = [];
      for (var k = 0; k < t.length; k++) ObjectDefineProperty(a, k, { value: make(t[k], i), writable: true, enumerable: true, configurable: true });
      return a;
    }
    if (t.$undefined === true) return undefined;
    if (t.$now === true) return now;
    if (typeof t.$fx === 'string') return fixture(t.$fx);
    if (typeof t.$i === 'object' && t.$i !== null) {
      var p = t.$i, q = MathFloor(i / (p.div || 1)) * (p.mul === undefined ? 1 : p.mul) + (p.add || 0);
      if (p.mod) q = ((q % p.mod) + p.mod) % p.mod;
      return typeof p.prefix === 'string' ? p.prefix + q : q;
    }
    var o = {}, keys = ObjectKeys(t);
    for (var j = 0; j < keys.length; j++) ObjectDefineProperty(o, keys[j], { value: make(t[keys[j]], i), writable: true, enumerable: true, configurable: true });
    return o;
  }

  function isThenable(v) {
    return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof v.then === 'function';
  }

  var entry, current = null;

  function invoke(target, step, i) {
    var args = step.args ? make(step.args, i) : [];
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
        try { target = ReflectConstruct(entry, make(p.ctor || [], 0)); }
        catch (e) { state.out = '{"ctor":' + describeError(e) + ',"steps":[],"logs":' + JSONStringify(logs) + '}'; state.done = true; return; }
      }
      for (k = 0; k < p.steps.length; k++) {
        step = p.steps[k];
        if (step.at !== undefined) clock = step.at;
        if (step.repeat === undefined) {
          try {
            v = invoke(target, step, 0);
            if (isThenable(v)) v = await v;
            out += (k ? ',' : '') + '{"ok":1,"v":' + enc(v, 0, OUT_LIMIT) + '}';
          } catch (e) {
            out += (k ? ',' : '') + '{"ok":0,"e":' + describeError(e) + '}';
          }
        } else {
          acc = step.collect ? '[' : ''; err = '';
          outer: for (i = 0; i < step.repeat; i++) {
            for (var j = 0; j < step.steps.length; j++) {
              inner = step.steps[j];
              if (inner.at !== undefined) clock = typeof inner.at === 'number' ? inner.at : make(inner.at, i);
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
