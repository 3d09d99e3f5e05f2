// Something derived from a loaded object (a lexicon's concept groups, a city's registry) and used
// for every document: built on first use, held as long as the object itself.

/** `build`, called once per `key` object. */
export function memoizeByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    if (!built.has(key)) built.set(key, build(key));
    return built.get(key) as V;
  };
}
