/** Ctrl/Cmd+Enter submits a text field, as in most chat and form fields; Enter alone makes a new line. */
export function submitOnCtrlEnter(event: KeyboardEvent, submit: () => void): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  submit();
}
