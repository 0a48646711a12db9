export default defineBackground(() => {
  // Message handlers are registered in lib/background (wired below once written).
});
