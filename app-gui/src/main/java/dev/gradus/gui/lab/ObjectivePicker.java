package dev.gradus.gui.lab;

import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.app.port.in.DescribeProviderUseCase;
import dev.gradus.app.port.in.ListProvidersUseCase;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The objective catalog as a searchable list grouped by kind (1-D, 2-D, n-D, learning from data),
 * with the chosen one's formula and metadata shown below it. Everything comes from the providers'
 * descriptions, so plugin objectives appear with no change. The formula objective has its own tab.
 */
public final class ObjectivePicker extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The groups, in the order shown. */
    enum Group {
        ONE_D("1-D"), TWO_D("2-D"), N_D("n-D"), DATA("learning from data");

        final String title;

        Group(String title) {
            this.title = title;
        }
    }

    /** One entry: a group header or an objective. */
    record Item(String id, Group group, String label) {
        @Override
        public String toString() {
            return id == null ? "— " + label + " —" : "  " + label;
        }
    }

    private final transient Map<String, ProviderDescription> descriptions = new LinkedHashMap<>();
    private final DefaultListModel<Item> model = new DefaultListModel<>();
    private final JList<Item> list = new JList<>(model);
    private final JTextField filter = new JTextField(14);
    private final JTextArea details = new JTextArea(6, 24);
    private final transient List<Consumer<String>> listeners = new ArrayList<>();
    private String selected;

    public ObjectivePicker(ListProvidersUseCase providers, DescribeProviderUseCase describe) {
        super(new BorderLayout(0, 4));
        setName("lab.objectives");
        filter.setName("lab.objectives.filter");
        list.setName("lab.objectives.list");
        details.setName("lab.objectives.details");
        filter.putClientProperty("JTextField.placeholderText", "search objectives");
        for (ProviderSummary summary : providers.list().of(ProviderKind.OBJECTIVE)) {
            String id = summary.info().id();
            if (id.equals("formula")) {
                continue;
            }
            describe.describe(id).stream().filter(d -> d.summary().kind() == ProviderKind.OBJECTIVE).findFirst()
                    .ifPresent(d -> descriptions.put(id, d));
        }
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            Item item = list.getSelectedValue();
            if (!e.getValueIsAdjusting() && item != null && item.id() != null && !item.id().equals(selected)) {
                select(item.id());
            }
        });
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refill();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refill();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refill();
            }
        });
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        add(filter, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(new JScrollPane(details), BorderLayout.SOUTH);
        refill();
    }

    /** The group an objective belongs to, from its description. */
    static Group group(ProviderDescription d) {
        if (d.learnsFromData()) {
            return Group.DATA;
        }
        Dimensions dims = d.dimensionsAtDefaults() != null ? d.dimensionsAtDefaults() : d.dimensions();
        if (dims != null && dims.isFixed()) {
            return dims.min() == 1 ? Group.ONE_D : dims.min() == 2 ? Group.TWO_D : Group.N_D;
        }
        return Group.N_D;
    }

    private void refill() {
        String query = filter.getText().strip().toLowerCase(Locale.ROOT);
        model.clear();
        for (Group group : Group.values()) {
            List<Item> items = new ArrayList<>();
            descriptions.forEach((id, d) -> {
                String text = (id + " " + d.summary().info().displayName() + " " + d.objectiveMetadata().map(ObjectiveMetadata::formula).orElse(""))
                        .toLowerCase(Locale.ROOT);
                if (group(d) == group && (query.isEmpty() || text.contains(query))) {
                    items.add(new Item(id, group, id));
                }
            });
            if (!items.isEmpty()) {
                model.addElement(new Item(null, group, group.title));
                items.forEach(model::addElement);
            }
        }
        if (selected != null) {
            showSelection();
        }
    }

    /** Chooses the objective {@code id} (when known), shows its details and tells the listeners. */
    public void select(String id) {
        if (!descriptions.containsKey(id)) {
            return;
        }
        selected = id;
        showSelection();
        ProviderDescription d = descriptions.get(id);
        StringBuilder text = new StringBuilder(d.summary().info().displayName()).append('\n').append(d.summary().info().description());
        d.objectiveMetadata().ifPresent(m -> {
            if (!m.formula().isEmpty()) {
                text.append("\n\nf = ").append(m.formula());
            }
            text.append("\nsmooth: ").append(m.smooth() ? "yes" : "no");
            if (!m.globalMinima().isEmpty()) {
                text.append("\nglobal minima: ").append(m.globalMinima().size());
            }
        });
        details.setText(text.toString());
        details.setCaretPosition(0);
        listeners.forEach(l -> l.accept(id));
    }

    private void showSelection() {
        for (int i = 0; i < model.size(); i++) {
            if (selected.equals(model.get(i).id())) {
                list.setSelectedIndex(i);
                list.ensureIndexIsVisible(i);
                return;
            }
        }
        list.clearSelection();
    }

    /** The chosen objective's id, if one is chosen. */
    public Optional<String> selected() {
        return Optional.ofNullable(selected);
    }

    /** The chosen objective's description. */
    public Optional<ProviderDescription> description() {
        return selected().map(descriptions::get);
    }

    /** Called with the id whenever an objective is chosen. */
    public void addSelectionListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** The ids listed under the current search, in order. */
    List<String> listedIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id() != null) {
                ids.add(model.get(i).id());
            }
        }
        return ids;
    }

    /** Types {@code text} into the search field. */
    void search(String text) {
        filter.setText(text);
    }
}
