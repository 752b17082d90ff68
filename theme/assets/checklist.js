// The red-flag checklist: reads the registry embedded in the page, and after every change states
// the most urgent action first, then what to say when calling, then the safety net.
// Nothing leaves the browser; the region is stored only if the reader asks.

const STORAGE_KEY = "spinedocs-region";
const SEE_A_DOCTOR = { id: "see-a-doctor", severity: 1.5 };

export function outcome(data, state) {
  const ticked = data.flags.filter((f) => state.ticked.includes(f.id));
  if (ticked.length === 0) {
    return null;
  }

  // No answer or "not sure" about cancer counts as yes: the checklist escalates, never reassures.
  const hadCancer = state.history !== "no";
  const tierOf = (flag) => (flag.cancerHistoryOnly && !hadCancer ? SEE_A_DOCTOR : data.tiers.find((t) => t.id === flag.tier));
  const worst = ticked.map(tierOf).reduce((a, b) => (b.severity < a.severity ? b : a));
  const wording = worst.id === SEE_A_DOCTOR.id ? data.seeADoctor : worst;
  return { tier: worst.id, action: wording.action, say: wording.say, safetyNet: wording.safetyNet, ticked };
}

export function fill(text, region) {
  return text.replaceAll("{number}", region.number).replaceAll("{department}", region.department);
}

function start() {
  const dataElement = document.getElementById("red-flag-data");
  const form = document.querySelector("[data-checklist]");
  if (!dataElement || !form) {
    return;
  }

  const data = JSON.parse(dataElement.textContent);
  const result = document.querySelector("[data-checklist-result]");
  const staticView = document.querySelector("[data-checklist-static]");
  const regionSelect = form.querySelector("#checklist-region");
  const remember = form.querySelector("#checklist-remember");

  const stored = readStoredRegion();
  if (stored && data.regions.some((r) => r.code === stored)) {
    regionSelect.value = stored;
    remember.checked = true;
  }

  staticView.hidden = true;
  form.hidden = false;
  result.hidden = false;

  const region = () => data.regions.find((r) => r.code === regionSelect.value) ?? data.regions[0];

  function update() {
    const here = region();
    for (const element of document.querySelectorAll("[data-template]")) {
      element.textContent = fill(element.dataset.template, here);
    }

    for (const link of document.querySelectorAll("[data-tel]")) {
      link.href = `tel:${here.number}`;
      link.textContent = `Call ${here.number}`;
    }

    const state = {
      history: form.querySelector("input[name=history]:checked")?.value ?? "",
      ticked: [...new Set([...form.querySelectorAll(".checklist__flag input:checked")].map((i) => i.name))],
    };
    render(outcome(data, state), here);
  }

  function render(found, here) {
    const action = result.querySelector("[data-result-action]");
    const call = result.querySelector("[data-result-call]");
    const details = document.querySelector("[data-result-details]");
    result.dataset.tier = found?.tier ?? "none";
    if (!found) {
      action.textContent = "Tick anything you notice, and what to do will show here.";
      call.hidden = true;
      details.hidden = true;
      return;
    }

    action.textContent = fill(found.action, here);
    call.hidden = found.tier !== "emergency";
    details.hidden = false;
    details.querySelector("[data-result-say]").textContent = fill(found.say, here);
    details.querySelector("[data-result-safety]").textContent = fill(found.safetyNet, here);
    const list = details.querySelector("[data-result-ticked]");
    list.replaceChildren(...found.ticked.map((flag) => {
      const item = document.createElement("li");
      item.textContent = flag.text.charAt(0).toUpperCase() + flag.text.slice(1);
      return item;
    }));
  }

  form.addEventListener("change", (event) => {
    if (event.target === remember || event.target === regionSelect) {
      storeRegion(remember.checked ? regionSelect.value : null);
    }

    update();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.querySelector("[data-print]").addEventListener("click", () => window.print());
  update();
}

function readStoredRegion() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeRegion(code) {
  try {
    if (code) {
      window.localStorage.setItem(STORAGE_KEY, code);
    } else {
      window.localStorage.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage may be blocked; the checklist works without it.
  }
}

start();
