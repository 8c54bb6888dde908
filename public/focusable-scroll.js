// Regions that scroll sideways (wide code blocks and tables) must be focusable so keyboard users can scroll them.
const mark = () => {
  for (const el of document.querySelectorAll('pre, table')) {
    if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  }
};
mark();
addEventListener('resize', mark);
