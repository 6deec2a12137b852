package dev.gradus.gui;

import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.app.port.in.DescribeProviderUseCase;
import dev.gradus.app.port.in.ListProvidersUseCase;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderListing;
import dev.gradus.app.port.in.ProviderSummary;
import java.awt.BorderLayout;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;

/**
 * Browses what Gradus found: optimizers, objectives and estimators by kind, built-in and plugins,
 * with each one's description, parameters and (for objectives) metadata, and the plugin problems.
 * Everything shown comes from the use cases, so plugins appear with no code of their own.
 */
public final class CatalogPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient DescribeProviderUseCase describe;
    private final JTree tree;
    private final JEditorPane details = new JEditorPane("text/html", "");

    public CatalogPanel(ListProvidersUseCase list, DescribeProviderUseCase describe) {
        super(new BorderLayout());
        this.describe = describe;
        ProviderListing listing = list.list();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Gradus");
        for (ProviderKind kind : ProviderKind.values()) {
            DefaultMutableTreeNode group = new DefaultMutableTreeNode(capitalized(kind.plural()));
            for (ProviderSummary summary : listing.of(kind)) {
                group.add(new DefaultMutableTreeNode(new Entry(summary)));
            }
            root.add(group);
        }
        if (!listing.problems().isEmpty()) {
            root.add(new DefaultMutableTreeNode(new Problems(listing.problems())));
        }
        tree = new JTree(new DefaultTreeModel(root));
        tree.setRootVisible(false);
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
        details.setEditable(false);
        tree.addTreeSelectionListener(e -> show(e.getPath()));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(tree), new JScrollPane(details));
        split.setDividerLocation(260);
        add(split, BorderLayout.CENTER);
        details.setText("<html><body><p>Select an optimizer, objective or gradient estimator.</p></body></html>");
    }

    /** Selects the provider with this kind and id, as a click would. */
    public void select(ProviderKind kind, String id) {
        for (int row = 0; row < tree.getRowCount(); row++) {
            TreePath path = tree.getPathForRow(row);
            Object node = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
            if (node instanceof Entry entry && entry.summary.kind() == kind && entry.summary.id().equals(id)) {
                tree.setSelectionPath(path);
                return;
            }
        }
        throw new IllegalArgumentException("no " + kind.word() + " '" + id + "' in the catalog");
    }

    /** The text of the details pane, as HTML. */
    public String detailsHtml() {
        return details.getText();
    }

    private void show(TreePath path) {
        Object node = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        if (node instanceof Entry entry) {
            ProviderDescription d = describe.describe(entry.summary.id()).stream()
                    .filter(x -> x.summary().kind() == entry.summary.kind()).findFirst().orElseThrow();
            details.setText(html(d));
            details.setCaretPosition(0);
        } else if (node instanceof Problems problems) {
            details.setText("<html><body><h2>Plugin problems</h2><ul>" + problems.list.stream()
                    .map(p -> "<li><b>" + escape(p.location()) + "</b>: " + escape(p.reason()) + "</li>").collect(Collectors.joining())
                    + "</ul><p>These were skipped; everything else works.</p></body></html>");
        }
    }

    static String html(ProviderDescription d) {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<h2>").append(escape(d.summary().info().displayName())).append(" <code>").append(escape(d.summary().id()))
                .append("</code></h2>");
        sb.append("<p>").append(escape(d.summary().info().description())).append("</p>");
        sb.append("<p><i>").append(escape(d.summary().kind().word())).append(", version ").append(escape(d.summary().info().version()))
                .append(", from ").append(escape(d.summary().origin())).append("</i></p>");
        d.objectiveMetadata().ifPresent(m -> {
            sb.append("<table>");
            if (!m.formula().isEmpty()) {
                row(sb, "Formula", "<code>" + escape(m.formula()) + "</code>");
            }
            row(sb, "Dimension", escape(String.valueOf(d.objectiveDimensions().orElseThrow())));
            row(sb, "Suggested start", escape(Arrays.toString(m.suggestedStart())));
            row(sb, "Global minima", m.globalMinima().isEmpty() ? "not known"
                    : escape(m.globalMinima().stream().map(KnownMinimum::toString).collect(Collectors.joining("; "))));
            row(sb, "Smooth", m.smooth() ? "yes" : "no");
            sb.append("</table>");
        });
        List<ParameterDescriptor> parameters = d.parameters().descriptors();
        if (parameters.isEmpty()) {
            sb.append("<p>No parameters.</p>");
        } else {
            sb.append("<h3>Parameters</h3><table border='0'><tr><th align='left'>Name</th><th align='left'>Default</th>"
                    + "<th align='left'>Allowed</th><th align='left'>Description</th></tr>");
            for (ParameterDescriptor p : parameters) {
                sb.append("<tr><td><code>").append(escape(p.name())).append("</code></td><td>").append(escape(String.valueOf(p.defaultObject())))
                        .append("</td><td>").append(escape(p.allowedValues())).append("</td><td>").append(escape(p.description()))
                        .append("</td></tr>");
            }
            sb.append("</table>");
        }
        return sb.append("</body></html>").toString();
    }

    private static void row(StringBuilder sb, String label, String html) {
        sb.append("<tr><td><b>").append(label).append("</b></td><td>").append(html).append("</td></tr>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A provider in the tree. */
    private record Entry(ProviderSummary summary) {
        @Override
        public String toString() {
            return summary.id() + "  " + summary.info().displayName();
        }
    }

    /** The problems node. */
    private record Problems(List<PluginProblem> list) {
        @Override
        public String toString() {
            return "Plugin problems (" + list.size() + ")";
        }
    }
}
