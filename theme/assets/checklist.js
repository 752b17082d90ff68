// The red-flag checklist: reads the registry embedded in the page, and after every change states the most
// urgent action first, then what to say when calling, what else to do, and the safety net.
// Nothing leaves the browser; the region is stored only if the reader asks.

const STORAGE_KEY = "spinedocs-region";

/** The triage, as red-flags.yml states it: each ticked sign's tier for the reader's history, the most urgent wins, escalation raises it. */
export function outcome(data, state) {
  const ticked = data.flags.filter((f) => state.ticked.includes(f.id));
  if (ticked.length === 0) {
    return null;
  }

  // No answer or "not sure" about cancer counts as yes: the checklist escalates, never reassures.
  const hadCancer = state.history !== "no";
  const tierFor = (flag) => (hadCancer ? flag.tier : flag.withoutCancer);
  const tier = (id) => data.tiers.find((t) => t.id === id);
  let worst = ticked.map((f) => tier(tierFor(f))).reduce((a, b) => (b.severity < a.severity ? b : a));
  let escalation = null;
  for (const rule of data.escalation) {
    const symptoms = new Set(ticked.filter((f) => tierFor(f) === rule.tier).map((f) => f.symptom));
    const raised = tier(rule.becomes);
    if (symptoms.size >= rule.signs && raised.severity < worst.severity) {
      worst = raised;
      escalation = rule;
    }
  }

  return {
    tier: worst.id,
    style: worst.style,
    callsEmergencyNumber: worst.callsEmergencyNumber,
    callsNonEmergency: worst.callsNonEmergency,
    action: worst.action,
    escalation: escalation?.note ?? null,
    say: [worst.say, ...ticked.map((f) => f.say).filter(Boolean)].join(" "),
    advice: [...new Set(ticked.map((f) => f.advice).filter(Boolean))],
    safetyNet: worst.safetyNet,
    ticked,
  };
}

/** Fills the region's numbers and services into registry wording. */
export function fill(text, region) {
  return text.replace(/\{[a-z-]+\}/g, (name) => region.values[name] ?? name);
}

/** Tells the page's region script (region.js) to show the reader's region everywhere on the page. */
function announce(region) {
  document.dispatchEvent(new CustomEvent("spinedocs:region", { detail: region }));
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
    announce(here);

    const state = {
      history: form.querySelector("input[name=history]:checked")?.value ?? "",
      ticked: [...new Set([...form.querySelectorAll(".checklist__flag input:checked")].map((i) => i.name))],
    };
    render(outcome(data, state), here);
  }

  function render(found, here) {
    const action = result.querySelector("[data-result-action]");
    const escalation = result.querySelector("[data-result-escalation]");
    const call = result.querySelector("[data-result-call]");
    const callOther = result.querySelector("[data-result-call-other]");
    const details = document.querySelector("[data-result-details]");
    result.dataset.tier = found?.tier ?? "none";
    result.dataset.style = found?.style ?? "none";
    if (!found) {
      action.textContent = "Tick anything you notice, and what to do will show here.";
      escalation.hidden = true;
      call.hidden = true;
      callOther.hidden = true;
      details.hidden = true;
      return;
    }

    action.textContent = fill(found.action, here);
    escalation.hidden = !found.escalation;
    escalation.textContent = found.escalation ? fill(found.escalation, here) : "";
    call.hidden = !found.callsEmergencyNumber;
    callOther.hidden = !(found.callsNonEmergency && here.nonEmergencyNumber);
    if (here.nonEmergencyNumber) {
      const link = callOther.querySelector("a");
      link.href = `tel:${here.nonEmergencyDial}`;
      link.textContent = `Call ${here.nonEmergencyNumber}`;
    }

    details.hidden = false;
    details.querySelector("[data-result-say]").textContent = fill(found.say, here);
    details.querySelector("[data-result-safety]").textContent = fill(found.safetyNet, here);
    list(details.querySelector("[data-result-ticked]"), found.ticked.map((flag) => flag.text.charAt(0).toUpperCase() + flag.text.slice(1)));
    list(details.querySelector("[data-result-advice]"), found.advice.map((advice) => fill(advice, here)));
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

function list(element, items) {
  element.replaceChildren(...items.map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  }));
  element.hidden = items.length === 0;
  element.previousElementSibling.hidden = items.length === 0;
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
