// Regions that scroll sideways (wide code blocks and tables) must be focusable so keyboard users can scroll them.
// All reads first, then all writes: reading a size after each write would force a layout per element.
const mark = () => {
  const candidates = [...document.querySelectorAll('pre:not([tabindex]), table:not([tabindex])')];
  const wide = candidates.filter((el) => el.scrollWidth > el.clientWidth + 1);
  for (const el of wide) el.setAttribute('tabindex', '0');
};
let pending = 0;
const later = () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(mark);
};
later();
addEventListener('resize', later);
