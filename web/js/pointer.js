// JSON Pointers (RFC 6901): the language findings and request errors use to name a field.
function tokens(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function get(root, pointer) {
  let node = root;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== 'object') {
      return undefined;
    }
    node = node[t];
  }
  return node;
}

/** Sets the value, creating objects (or arrays, for numeric steps) on the way. */
export function set(root, pointer, value) {
  const path = tokens(pointer);
  let node = root;
  path.slice(0, -1).forEach((t, i) => {
    if (node[t] === null || typeof node[t] !== 'object') {
      node[t] = /^\d+$/.test(path[i + 1]) ? [] : {};
    }
    node = node[t];
  });
  node[path[path.length - 1]] = value;
}

export function remove(root, pointer) {
  const path = tokens(pointer);
  const parent = get(root, path.length > 1 ? '/' + path.slice(0, -1).join('/') : '');
  if (parent && typeof parent === 'object') {
    delete parent[path[path.length - 1]];
  }
}

/** True when one pointer names the other or a part of it (a finding on /anesthesia/modifiers/1 concerns both). */
export function related(a, b) {
  return a === b || a.startsWith(b + '/') || b.startsWith(a + '/');
}
