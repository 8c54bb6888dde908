// An entry's old anchor on a status or failure page split by family (/status/400/#openai-x) sits on its row in the
// variants table; the row names the entry's own page, and this sends the reader there.
const forward = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const to = id ? document.getElementById(id)?.getAttribute('data-forward') : null;
  if (to && to.startsWith('/')) location.replace(to);
};
forward();
addEventListener('hashchange', forward);
