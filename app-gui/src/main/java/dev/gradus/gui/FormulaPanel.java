package dev.gradus.gui;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.error.SyntaxException;
import dev.gradus.app.port.in.CheckGradientUseCase;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.GradientCheckCommand;
import dev.gradus.app.port.in.GradientReport;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;

/**
 * Type a formula, see what Gradus makes of it as you type: its variables in coordinate order, the
 * value and the automatic gradient at its suggested start, or the first mistake with a caret under
 * it and the character marked in the field. The formula goes through the same {@code formula}
 * objective the command line's {@code --expression} uses, so both accept and refuse the same texts.
 */
public final class FormulaPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String FORMULA = "formula";
    private static final Highlighter.HighlightPainter MISTAKE = new DefaultHighlighter.DefaultHighlightPainter(new Color(255, 170, 170));

    private final transient CheckGradientUseCase check;
    private final JTextField expression = new JTextField("x^2/20 + y^2", 40);
    private final JTextField vars = new JTextField("", 12);
    private final JTextArea report = new JTextArea(14, 60);
    private boolean valid;

    public FormulaPanel(CheckGradientUseCase check) {
        super(new BorderLayout(0, 8));
        this.check = check;
        expression.setName("formula.expression");
        vars.setName("formula.vars");
        report.setName("formula.report");
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JPanel fields = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 6);
        c.anchor = GridBagConstraints.WEST;
        fields.add(new JLabel("f ="), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        fields.add(expression, c);
        c.gridx = 0;
        c.gridy = 1;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        fields.add(new JLabel("variables"), c);
        c.gridx = 1;
        fields.add(vars, c);
        c.gridx = 1;
        c.gridy = 2;
        fields.add(new JLabel("Optional: the variables in coordinate order, comma-separated (default: natural order, x, y, z; x1, x2, ...)."), c);
        add(fields, BorderLayout.NORTH);
        report.setEditable(false);
        report.setFont(new Font(Font.MONOSPACED, Font.PLAIN, report.getFont().getSize()));
        add(new JScrollPane(report), BorderLayout.CENTER);
        DocumentListener recheck = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                recheck();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                recheck();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                recheck();
            }
        };
        expression.getDocument().addDocumentListener(recheck);
        vars.getDocument().addDocumentListener(recheck);
        recheck();
    }

    /**
     * Adds a button that hands the formula to {@code race} (the lab's Race tab), enabled while the
     * formula is valid.
     */
    public void onRace(java.util.function.BiConsumer<String, String> race) {
        javax.swing.JButton button = new javax.swing.JButton("Race optimizers on it");
        button.setName("formula.race");
        button.addActionListener(e -> race.accept(expression.getText(), vars.getText()));
        raceButton = button;
        button.setEnabled(valid);
        JPanel south = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT));
        south.add(button);
        add(south, BorderLayout.SOUTH);
        revalidate();
    }

    private javax.swing.JButton raceButton;

    /** Sets the formula and the variables (empty: natural order), as typing them would. */
    public void enter(String formula, String variables) {
        expression.setText(formula);
        vars.setText(variables);
    }

    /** Whether the text in the fields makes an objective. */
    public boolean isValidFormula() {
        return valid;
    }

    /** What the report area shows. */
    public String reportText() {
        return report.getText();
    }

    /** The range of the formula field marked as the mistake, {@code [start, end)}; empty when nothing is marked. */
    public List<Integer> markedRange() {
        for (Highlighter.Highlight h : expression.getHighlighter().getHighlights()) {
            return List.of(h.getStartOffset(), h.getEndOffset());
        }
        for (Highlighter.Highlight h : vars.getHighlighter().getHighlights()) {
            return List.of(h.getStartOffset(), h.getEndOffset());
        }
        return List.of();
    }

    private void recheck() {
        expression.getHighlighter().removeAllHighlights();
        vars.getHighlighter().removeAllHighlights();
        expression.putClientProperty("JComponent.outline", null);
        vars.putClientProperty("JComponent.outline", null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("expression", expression.getText());
        values.put("vars", vars.getText());
        try {
            GradientReport result = check.check(new GradientCheckCommand(ComponentChoice.of(FORMULA, values), null, null, List.of(), 0));
            valid = true;
            report.setText(describe(result));
            if (raceButton != null) {
                raceButton.setEnabled(true);
            }
        } catch (SyntaxException e) {
            valid = false;
            if (raceButton != null) {
                raceButton.setEnabled(false);
            }
            JTextField field = e.parameter().equals("vars") ? vars : expression;
            mark(field, e.position());
            report.setText(e.problem() + " (column " + e.column() + ")" + System.lineSeparator() + System.lineSeparator() + e.caret("  "));
        } catch (GradusException e) {
            valid = false;
            if (raceButton != null) {
                raceButton.setEnabled(false);
            }
            expression.putClientProperty("JComponent.outline", "error");
            report.setText(e.getMessage());
        }
        report.setCaretPosition(0);
    }

    private static void mark(JTextField field, int position) {
        field.putClientProperty("JComponent.outline", "error");
        int length = field.getText().length();
        int start = Math.min(position, Math.max(length - 1, 0));
        int end = Math.min(start + 1, length);
        if (end > start) {
            try {
                field.getHighlighter().addHighlight(start, end, MISTAKE);
            } catch (BadLocationException e) {
                throw new IllegalStateException("a mistake at " + position + " outside a text of " + length, e);
            }
        }
    }

    private static String describe(GradientReport result) {
        String nl = System.lineSeparator();
        List<String> names = result.metadata().coordinateNames();
        StringBuilder sb = new StringBuilder();
        sb.append("variables: ").append(String.join(", ", names)).append("  (").append(names.size())
                .append(names.size() == 1 ? " coordinate" : " coordinates").append(')').append(nl);
        sb.append("smooth: ").append(result.metadata().smooth() ? "yes" : "no (abs, min or max make kinks)").append(nl);
        double[] point = result.point();
        sb.append(nl).append("at the suggested start").append(nl);
        for (int i = 0; i < point.length; i++) {
            sb.append("  ").append(names.get(i)).append(" = ").append(number(point[i])).append(nl);
        }
        sb.append("  f = ").append(number(result.value())).append(nl);
        result.exactGradient().ifPresent(exact -> {
            sb.append(nl).append("gradient (").append(exact.estimator().id()).append(')').append(nl);
            double[] g = exact.gradient();
            for (int i = 0; i < g.length; i++) {
                sb.append("  df/d").append(names.get(i)).append(" = ").append(number(g[i])).append(nl);
            }
        });
        return sb.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.12g", value).replaceAll("\\.?0+(e|$)", "$1") : Double.toString(value);
    }
}
