/* A park's gallery: a thumbnail opens its full picture in a modal dialog, with the alt text and the
   caption of the thumbnail; the close button, Escape or a click beside the picture close it, and the
   focus goes back to the thumbnail. Without JavaScript (or without <dialog>) the thumbnail is a plain
   link to the picture. */
(function () {
  "use strict";
  var dialog = document.getElementById("gallery-dialog");
  var links = document.querySelectorAll("a[data-gallery]");
  if (!dialog || !links.length || typeof dialog.showModal !== "function") {
    return;
  }
  var figure = dialog.querySelector(".lightbox-figure");
  var caption = dialog.querySelector(".lightbox-caption");
  var opener = null;

  function open(link) {
    var thumb = link.querySelector("img");
    var old = figure.querySelector("img");
    var image = document.createElement("img");
    image.className = "lightbox-image";
    if (thumb) {
      // The same renditions as the thumbnail; the browser picks one for the dialog's size.
      image.srcset = thumb.srcset;
      image.sizes = "(max-width: 1400px) 100vw, 1400px";
      image.setAttribute("width", thumb.getAttribute("width"));
      image.setAttribute("height", thumb.getAttribute("height"));
      image.alt = thumb.alt;
    }
    image.src = link.href;
    if (old) {
      figure.replaceChild(image, old);
    } else {
      figure.insertBefore(image, caption);
    }
    var describedBy = link.getAttribute("aria-describedby");
    var text = describedBy ? document.getElementById(describedBy) : null;
    caption.textContent = text ? text.textContent : "";
    caption.hidden = !caption.textContent;
    if (caption.textContent) {
      dialog.setAttribute("aria-labelledby", caption.id);
      dialog.removeAttribute("aria-label");
    } else {
      dialog.removeAttribute("aria-labelledby");
      dialog.setAttribute("aria-label", image.alt);
    }
    opener = link;
    dialog.showModal();
  }

  links.forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return; // a new tab or window: the link as it is
      }
      event.preventDefault();
      open(link);
    });
  });

  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });

  // The focus goes back to the thumbnail, unless it has already moved on: the browser may put it
  // back itself before this event, and the visitor (or a fast keyboard) may have gone elsewhere.
  dialog.addEventListener("close", function () {
    var active = document.activeElement;
    if (opener && (!active || active === document.body || dialog.contains(active))) {
      opener.focus();
    }
    opener = null;
  });
})();
