/**
 * The share-link codec, fetched when a link is opened or made rather than before the page is ready: most visits
 * never share, and the island's first verdict should not wait for it.
 */
export const loadShareCodec = () => import('../lib/share-codec');

/** The verdict-only link's reader and writer (`#v=…`), fetched the same way: when such a link is opened or made. */
export const loadShareVerdict = () => import('../lib/share-verdict');
