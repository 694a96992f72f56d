// Highlight fills by the claim's modality, with the legend's words. Light fills under dark
// text keep 4.5:1 contrast; the underline carries the colour for anyone who cannot see fills.

export const MODALITY_COLOURS: Record<string, { fill: string; line: string; label: string }> = {
  assertion: { fill: "#dbeafe", line: "#1d4ed8", label: "Stated as fact" },
  hedged: { fill: "#fef3c7", line: "#a16207", label: "Hedged" },
  opinion: { fill: "#f3e8ff", line: "#7e22ce", label: "Opinion" },
  question: { fill: "#dcfce7", line: "#047857", label: "Question" },
  prediction: { fill: "#ffe4e6", line: "#be185d", label: "Prediction" },
};

export const OTHER_COLOUR = { fill: "#e2e8f0", line: "#475569", label: "Other" };
