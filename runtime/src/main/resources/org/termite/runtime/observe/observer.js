// The observer's page: one picture of the cluster a second by Server-Sent Events, drawn as a table of nodes and a
// panel per node (its views side by side with the others', then its processes). Everything is built with
// textContent, never HTML from the data: process names and messages are the program's data.
"use strict";

const ROWS_SHOWN = 40;
let latest = null;
let selected = null; // {node, key}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : String(c));
  return e;
}

// "#<process 12>" as 12, "#<process 5 of 10.0.0.2:4000>" as "5 of 10.0.0.2:4000"
function shortPid(pid) {
  const m = /^#<process (.*)>$/.exec(pid);
  return m ? m[1] : pid;
}

function bytes(n) {
  if (n < 1024) return n + " B";
  if (n < 1 << 20) return (n / 1024).toFixed(1) + " KB";
  return (n / (1 << 20)).toFixed(1) + " MB";
}

function drawNodes(cluster) {
  const body = document.querySelector("#nodes tbody");
  body.replaceChildren();
  for (const n of cluster.nodes) {
    const p = n.picture;
    const links = el("td", {});
    if (p) {
      for (const peer of p.peers) {
        links.append(el("span", {class: peer.connected ? "up-link" : "down-link"},
          (peer.address || peer.id) + (peer.connected ? " ↔ " : " ✕ ")));
      }
    }
    body.append(el("tr", {"data-node": n.address},
      el("td", {}, n.address + (n.self ? " (this node)" : "")),
      el("td", {class: n.problem ? "problem" : ""}, n.problem ? "unreachable: " + n.problem : (p ? "up" : "asking…")),
      el("td", {}, p ? p.processCount : ""),
      el("td", {}, p ? p.messagesPerSecond : ""),
      el("td", {}, p ? bytes(p.memory.used) + " / " + bytes(p.memory.max) : ""),
      el("td", {}, p ? (p.buildMicros / 1000).toFixed(1) + " ms" : ""),
      links));
  }
}

function drawPanels(cluster) {
  const panels = document.getElementById("panels");
  panels.replaceChildren();
  for (const n of cluster.nodes) {
    const p = n.picture;
    const panel = el("section", {class: "node" + (n.problem ? " down" : ""), "data-node": n.address},
      el("h2", {}, n.address + (n.self ? " (this node)" : "")));
    if (n.problem) panel.append(el("div", {class: "problem"}, "unreachable: " + n.problem));
    if (p) {
      for (const v of p.views) {
        panel.append(el("h3", {}, v.name), el("pre", {class: "view", "data-view": v.name}, v.text));
      }
      const rows = el("tbody", {});
      for (const r of p.processes.slice(0, ROWS_SHOWN)) {
        const tr = el("tr", {"data-key": r.key},
          el("td", {title: r.pid}, shortPid(r.pid)), el("td", {}, r.name), el("td", {}, r.state),
          el("td", {class: "where"}, r.procedure ? r.procedure + " " + r.where : ""),
          el("td", {}, r.mailbox), el("td", {}, r.rate), el("td", {}, r.slices), el("td", {}, bytes(r.bytes)),
          el("td", {title: "links: " + (r.links.join(" ") || "none") + "; monitored by: " + (r.monitoredBy.join(" ") || "none")},
            r.links.length + "/" + r.monitoredBy.length));
        tr.addEventListener("click", () => showProcess(n.address, r.key, r.pid));
        rows.append(tr);
      }
      const count = Math.min(p.processes.length, ROWS_SHOWN);
      const shown = count < p.processCount ? " (the " + count + " busiest shown)" : "";
      panel.append(el("h3", {}, p.processCount + " processes, " + p.messagesPerSecond + " messages/s" + shown),
        el("div", {class: "scroll"}, el("table", {class: "procs"},
          el("thead", {}, el("tr", {}, ...["pid", "name", "state", "at", "mailbox", "msgs/s", "slices",
            "≈ memory", "links/mon."].map(h => el("th", {}, h)))),
          rows)));
    }
    panels.append(panel);
  }
}

async function showProcess(node, key, pid) {
  selected = {node, key};
  document.getElementById("details").hidden = false;
  document.getElementById("details-title").textContent = pid + " on " + node;
  document.getElementById("terminate").hidden = !(latest && latest.allowTerminate);
  document.getElementById("mailbox").textContent = "asking…";
  document.getElementById("backtrace").textContent = "";
  const q = "node=" + encodeURIComponent(node) + "&key=" + encodeURIComponent(key);
  try {
    const r = await fetch("process?" + q);
    const text = await r.text();
    if (!r.ok) throw new Error(text);
    const d = JSON.parse(text);
    if (d.error) throw new Error(d.error);
    document.getElementById("mailbox").textContent = !d.found ? "(the process has ended)"
      : d.mailbox.length ? d.mailbox.join("\n") : "(empty)";
    document.getElementById("backtrace").textContent = d.found ? (d.backtrace.join("\n") || "(running, or no Scheme frames)") : "";
  } catch (e) {
    document.getElementById("mailbox").textContent = "could not ask: " + e.message;
  }
}

async function terminateSelected() {
  if (!selected) return;
  const q = "node=" + encodeURIComponent(selected.node) + "&key=" + encodeURIComponent(selected.key);
  const r = await fetch("terminate?" + q, {method: "POST", headers: {"X-Termite-Observer": "1"}});
  document.getElementById("backtrace").textContent = r.ok ? "terminated" : "could not terminate: " + await r.text();
}

function connect() {
  const source = new EventSource("events");
  source.onmessage = (m) => {
    latest = JSON.parse(m.data);
    document.getElementById("status").textContent = "observing from " + latest.observer + ", " +
      latest.nodes.length + " node(s), updated " + new Date(latest.time).toLocaleTimeString();
    drawNodes(latest);
    drawPanels(latest);
  };
  source.onerror = () => {
    document.getElementById("status").textContent = "connection to the node lost; retrying…";
  };
}

document.getElementById("terminate").addEventListener("click", terminateSelected);
document.getElementById("close-details").addEventListener("click", () => {
  selected = null;
  document.getElementById("details").hidden = true;
});
connect();
