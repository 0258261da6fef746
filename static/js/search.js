// Suggestions as you type, for every site search box: the WAI-ARIA combobox pattern (list autocomplete).
// Arrow keys move through the titles, Enter opens the chosen one, Escape closes the list, and a live region
// says how many titles there are. Without JavaScript the box is a plain search form and nothing is lost.
(function () {
	'use strict';
	var DELAY = 150;

	function enhance(form, index) {
		var input = form.querySelector('input[name="q"]');
		if (!input) {
			return;
		}
		var listId = input.id + '-suggestions';
		var list = document.createElement('ul');
		list.id = listId;
		list.className = 'site-search__suggestions';
		list.setAttribute('role', 'listbox');
		list.setAttribute('aria-label', 'Suggested articles');
		list.hidden = true;
		var status = document.createElement('p');
		status.className = 'visually-hidden';
		status.setAttribute('role', 'status');
		form.appendChild(list);
		form.appendChild(status);
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', listId);
		var suggestions = [];
		var active = -1;
		var timer = null;
		var latest = 0;

		function close() {
			list.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			input.removeAttribute('aria-activedescendant');
			active = -1;
		}

		function highlight(next) {
			var options = list.querySelectorAll('[role="option"]');
			if (options.length === 0) {
				return;
			}
			active = (next + options.length) % options.length;
			for (var i = 0; i < options.length; i++) {
				options[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
			}
			input.setAttribute('aria-activedescendant', options[active].id);
		}

		function show(items) {
			suggestions = items;
			list.textContent = '';
			active = -1;
			items.forEach(function (item, i) {
				var option = document.createElement('li');
				option.id = listId + '-' + i;
				option.setAttribute('role', 'option');
				option.setAttribute('aria-selected', 'false');
				option.className = 'site-search__suggestion';
				option.setAttribute('data-url', item.url);
				var title = document.createElement('span');
				title.className = 'site-search__suggestion-title';
				title.textContent = item.title;
				option.appendChild(title);
				var section = document.createElement('span');
				section.className = 'site-search__suggestion-section';
				section.textContent = ' ' + item.section;
				option.appendChild(section);
				option.addEventListener('mousedown', function (event) {
					event.preventDefault();
					window.location.assign(item.url);
				});
				list.appendChild(option);
			});
			if (items.length === 0) {
				close();
			}
			else {
				list.hidden = false;
				input.setAttribute('aria-expanded', 'true');
			}
			status.textContent = items.length === 0 ? '' : items.length + (items.length === 1 ? ' suggestion' : ' suggestions')
				+ ', use the up and down arrows to choose';
		}

		function fetchSuggestions() {
			var text = input.value.trim();
			var ticket = ++latest;
			if (text.length < 2) {
				show([]);
				return;
			}
			fetch('/search/suggest?q=' + encodeURIComponent(text), { headers: { 'Accept': 'application/json' } })
				.then(function (response) { return response.ok ? response.json() : []; })
				.then(function (items) {
					if (ticket === latest) {
						show(items);
					}
				})
				.catch(function () { show([]); });
		}

		input.addEventListener('input', function () {
			window.clearTimeout(timer);
			timer = window.setTimeout(fetchSuggestions, DELAY);
		});
		input.addEventListener('keydown', function (event) {
			var open = !list.hidden;
			if (event.key === 'ArrowDown') {
				event.preventDefault();
				if (open) {
					highlight(active + 1);
				}
				else {
					fetchSuggestions();
				}
			}
			else if (event.key === 'ArrowUp' && open) {
				event.preventDefault();
				highlight(active - 1);
			}
			else if (event.key === 'Enter' && open && active >= 0) {
				event.preventDefault();
				window.location.assign(suggestions[active].url);
			}
			else if (event.key === 'Escape') {
				if (open) {
					event.preventDefault();
					close();
				}
				else {
					input.value = '';
				}
			}
		});
		input.addEventListener('blur', close);
	}

	var forms = document.querySelectorAll('form.site-search');
	for (var i = 0; i < forms.length; i++) {
		enhance(forms[i], i);
	}
})();
