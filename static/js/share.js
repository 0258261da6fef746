// Progressive enhancement of the share box: a copy button and the native share sheet where the browser has one.
// Without JavaScript the box still shows the link as selectable text and an email link.
(function () {
	'use strict';
	var box = document.querySelector('.share');
	if (!box) {
		return;
	}
	var urlField = box.querySelector('.share__url');
	var actions = box.querySelector('.share__actions');
	var status = box.querySelector('.share__status');
	var url = urlField.value;
	var title = document.querySelector('h1') ? document.querySelector('h1').textContent : document.title;

	function say(message) {
		status.textContent = '';
		// A fresh text node after clearing makes screen readers announce repeated messages.
		window.setTimeout(function () { status.textContent = message; }, 50);
	}

	function addButton(label, className, onClick) {
		var item = document.createElement('li');
		var button = document.createElement('button');
		button.type = 'button';
		button.className = className;
		button.textContent = label;
		button.addEventListener('click', onClick);
		item.appendChild(button);
		actions.insertBefore(item, actions.firstChild);
	}

	function copyWithSelection() {
		urlField.focus();
		urlField.select();
		try {
			return document.execCommand('copy');
		} catch (e) {
			return false;
		}
	}

	addButton('Print', 'share__print', function () { window.print(); });
	actions.appendChild(actions.firstChild);

	if (navigator.share) {
		addButton('Share…', 'share__native', function () {
			navigator.share({ title: title, url: url }).catch(function () { /* the reader closed the sheet */ });
		});
	}

	addButton('Copy link', 'share__copy', function () {
		if (navigator.clipboard && window.isSecureContext) {
			navigator.clipboard.writeText(url).then(function () {
				say('Link copied');
			}, function () {
				say(copyWithSelection() ? 'Link copied' : 'Press Ctrl+C or Cmd+C to copy the selected link');
			});
		} else {
			say(copyWithSelection() ? 'Link copied' : 'Press Ctrl+C or Cmd+C to copy the selected link');
		}
	});
}());
