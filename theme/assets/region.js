// Shows every card, call button and the footer in the reader's own region, when they chose one on the
// checklist ("Remember my region"). Pages are built for the site's region; nothing is fetched unless the
// reader chose another. The checklist announces its region with a "spinedocs:region" event.

const STORAGE_KEY = "spinedocs-region";

/** Fills a region's numbers and services into registry wording. */
export function fill(text, region) {
  return text.replace(/\{[a-z-]+\}/g, (name) => region.values[name] ?? name);
}

/** Writes the region into every element that names a number, a service or the region. */
export function apply(region) {
  for (const element of document.querySelectorAll("[data-template]")) {
    element.textContent = fill(element.dataset.template, region);
  }

  for (const link of document.querySelectorAll("[data-tel]")) {
    link.href = `tel:${region.number}`;
    link.textContent = link.dataset.tel === "number" ? region.number : `Call ${region.number}`;
  }

  for (const name of document.querySelectorAll("[data-region-name]")) {
    name.textContent = region.name;
  }

  document.documentElement.dataset.region = region.code;
}

function storedRegion() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

async function start() {
  document.addEventListener("spinedocs:region", (event) => apply(event.detail));
  const code = storedRegion();
  if (!code || code === document.documentElement.dataset.region || document.getElementById("red-flag-data")) {
    return;
  }

  const response = await fetch("/regions.json");
  const region = response.ok ? (await response.json()).regions.find((r) => r.code === code) : null;
  if (region) {
    apply(region);
  }
}

start();
