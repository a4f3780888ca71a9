// Progressive enhancement of an upload form (data-uploading="message"): once submitted, its submit button is disabled
// (no second upload of the same files) and the message is said in the form's live region while the files travel and
// are checked. Without JavaScript the form posts as it is and the next page shows the result.
(() => {
  for (const form of document.querySelectorAll('form[data-uploading]')) {
    form.addEventListener('submit', () => {
      const button = form.querySelector('button[type="submit"]');
      const status = form.querySelector('[role="status"]');
      if (button) {
        button.disabled = true;
        button.setAttribute('aria-disabled', 'true');
      }
      if (status) status.textContent = form.getAttribute('data-uploading');
    });
  }
})();
