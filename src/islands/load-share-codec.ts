/**
 * The share-link codec, fetched when a link is opened or made rather than before the page is ready: most visits
 * never share, and the island's first verdict should not wait for it.
 */
export const loadShareCodec = () => import('../lib/share-codec');
