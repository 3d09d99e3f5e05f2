// A memo whose memory stays bounded however many distinct keys a corpus brings: emptied when full.
// Per-word analyses (stems, compound splits, name endings) repeat so much that starting over costs
// little, and it is simpler and cheaper per look-up than keeping an eviction order.

export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
