/*
 * glossator.js — optional behaviour for the tooltips that `glossator annotate
 * --format html` writes, on top of assets/glossator.css (which shows them on
 * hover and focus without any script). It adds what CSS cannot do, for WCAG 2.2
 * SC 1.4.13 (Content on Hover or Focus) and for touch screens:
 *
 * - Escape closes the open tooltips without moving the pointer or the focus;
 *   a tooltip closed so comes back when the pointer or the focus comes back;
 * - a tap or a click on a term opens its tooltip and keeps it open, a second
 *   one closes it, and so does a tap or a click anywhere else;
 * - Enter or Space on a focused term (--focusable-terms) closes and reopens
 *   it; moving the focus away closes it;
 * - a tooltip that would cross the edge of the viewport is moved inside it.
 *
 * Load it as a file (`<script src="glossator.js" defer>`, or `glossator annotate
 * --script URL`): it has no dependency, uses no inline script, eval or string
 * timers, writes no HTML, and works under a Content Security Policy that allows
 * only script files. It only sets two classes and one CSS custom property on
 * glossator's own elements.
 */
(function () {
  'use strict';

  var OPEN = 'glossator-open';
  var DISMISSED = 'glossator-dismissed';
  var MARGIN = 8;

  /** The `.glossator` wrapper around a term and its tooltip, or null. */
  function wrapperOf(node) {
    var el = node && node.nodeType === 1 ? node : node && node.parentElement;
    return el && el.closest ? el.closest('[data-glossator="term"]') : null;
  }

  function tipOf(wrapper) {
    var tip = wrapper.lastElementChild;
    return tip && tip.getAttribute('data-glossator') === 'tip' ? tip : null;
  }

  function wrappers() {
    return document.querySelectorAll('[data-glossator="term"]');
  }

  function isShown(wrapper) {
    var tip = tipOf(wrapper);
    return Boolean(tip) && getComputedStyle(tip).display !== 'none';
  }

  /** Moves a shown tooltip back inside the viewport when it crosses an edge. */
  function place(wrapper) {
    var tip = tipOf(wrapper);
    if (!tip) return;
    tip.style.removeProperty('--glossator-shift');
    if (getComputedStyle(tip).display === 'none') return;
    var rect = tip.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (rect.right > width - MARGIN) shift = width - MARGIN - rect.right;
    if (rect.left + shift < MARGIN) shift = MARGIN - rect.left;
    if (shift !== 0) tip.style.setProperty('--glossator-shift', Math.round(shift) + 'px');
  }

  function open(wrapper) {
    wrappers().forEach(function (w) {
      if (w !== wrapper) w.classList.remove(OPEN);
    });
    wrapper.classList.remove(DISMISSED);
    wrapper.classList.add(OPEN);
    place(wrapper);
  }

  function close(wrapper) {
    wrapper.classList.remove(OPEN);
    wrapper.classList.add(DISMISSED);
  }

  function toggle(wrapper) {
    if (isShown(wrapper) && wrapper.classList.contains(OPEN)) {
      close(wrapper);
    } else {
      open(wrapper);
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' || event.key === 'Esc') {
      wrappers().forEach(function (w) {
        if (isShown(w)) close(w);
      });
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var target = event.target;
    if (!target || !target.classList || !target.classList.contains('glossator-term')) return;
    var wrapper = wrapperOf(target);
    if (!wrapper) return;
    // The focus shows the tooltip; Enter and Space hide it and bring it back.
    event.preventDefault();
    wrapper.classList.remove(OPEN);
    if (isShown(wrapper)) {
      wrapper.classList.add(DISMISSED);
    } else {
      wrapper.classList.remove(DISMISSED);
      place(wrapper);
    }
  });

  document.addEventListener('click', function (event) {
    var wrapper = wrapperOf(event.target);
    var onTerm = wrapper && event.target.closest('.glossator-term');
    wrappers().forEach(function (w) {
      if (w !== wrapper && w.classList.contains(OPEN)) w.classList.remove(OPEN);
    });
    if (onTerm) toggle(wrapper);
  });

  // A tooltip closed with Escape comes back once the pointer and the focus
  // have both left it.
  function forget(wrapper, related) {
    if (!wrapper || (related && wrapper.contains(related))) return;
    if (wrapper.contains(document.activeElement)) return;
    wrapper.classList.remove(DISMISSED);
  }

  document.addEventListener('mouseout', function (event) {
    var wrapper = wrapperOf(event.target);
    if (wrapper && !(event.relatedTarget && wrapper.contains(event.relatedTarget))) {
      forget(wrapper, event.relatedTarget);
    }
  });

  // Focus leaving a term closes what a tap or a click opened on it.
  document.addEventListener('focusout', function (event) {
    var wrapper = wrapperOf(event.target);
    if (wrapper && !(event.relatedTarget && wrapper.contains(event.relatedTarget)) &&
        !wrapper.matches(':hover')) {
      wrapper.classList.remove(OPEN);
      wrapper.classList.remove(DISMISSED);
    }
  });

  function placeFrom(event) {
    var wrapper = wrapperOf(event.target);
    if (wrapper) place(wrapper);
  }
  document.addEventListener('mouseover', placeFrom);
  document.addEventListener('focusin', placeFrom);
})();
