// A complaint's page in the admin: picking a reply template puts its text, filled in for this complaint, into the
// message to edit before sending. Without this script the picker's "Use" button reloads the page with the text.
document.querySelectorAll("form[data-reply-templates]").forEach((picker) => {
  const message = document.getElementById(picker.dataset.replyTemplates);
  const select = picker.querySelector("select");
  if (!message || !select) return;
  picker.querySelector("button[type=submit]").hidden = true;
  select.addEventListener("change", () => {
    const option = select.selectedOptions[0];
    if (!option.value) return;
    message.value = option.dataset.text;
    message.focus();
  });
});
