package dev.gradus.gui.lab;

import dev.gradus.api.error.GradusException;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.port.in.ClassifierGridCommand;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.DurationText;
import dev.gradus.app.port.in.ObjectiveView;
import dev.gradus.app.port.in.ObjectiveViewCommand;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.figures.Palette;
import dev.gradus.figures.SeriesChart;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The race: several optimizer runs on one objective, drawn on its landscape (2-D) or curve (1-D)
 * with the loss and gradient-norm charts, animated step by step. Every form comes from the
 * providers' descriptors, so plugin optimizers and objectives race with no change. The runs go
 * through the run use case on a background thread; the window stays responsive and a run can be
 * stopped, or given a time limit that ends it even when a plugin's call never returns. Mistakes (a
 * value out of range, a start of the wrong length, a time limit that is not a duration) show in
 * the status line.
 *
 * <p>Keys: F5 runs, F6 plays or pauses, F7 and F8 step back and forward, F9 goes back to step 0.
 */
public final class RacePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Color ERROR = new Color(176, 0, 32);

    private final transient GradusApplication app;
    private final transient RaceModel model;
    private final transient ExecutorService background;
    private final transient Playback playback = new Playback();
    private final transient Map<String, ParameterSpace> optimizerSpaces = new LinkedHashMap<>();
    private final transient RunEditor.Spaces spaces;
    private final transient List<RunSpec> scenarios;
    private transient Map<String, Object> objectiveValues = Map.of();
    /** The objective raced on: the picker's choice, or {@code formula} for a typed formula. */
    private String objectiveId;
    private transient double[] pendingStart;
    private boolean loading;
    private final JComboBox<String> scenarioBox;

    private final ObjectivePicker picker;
    private final JComboBox<String> data;
    private final JTextField start = new JTextField(12);
    private final JTextField steps = new JTextField("30", 6);
    private final JTextField dimension = new JTextField(6);
    private final JTextField seed = new JTextField("0", 6);
    private final JTextField tolerance = new JTextField("1.0E-8", 6);
    private final JTextField timeLimit = new JTextField(6);
    private final JPanel runsPanel = new JPanel();
    private final List<RunEditor> editors = new ArrayList<>();
    private final JLabel status = new JLabel(" ");
    private final JPanel view = new JPanel(new BorderLayout());
    private final JButton play = new JButton("Play");
    private final JSlider scrub = new JSlider(0, 0, 0);
    private final JSlider speed = new JSlider(0, 100, 40);
    private final JLabel stepLabel = new JLabel("step 0");
    private final JCheckBox arrows = new JCheckBox("gradient and step arrows");
    private final JCheckBox internals = new JCheckBox("state vectors");

    private final transient RaceCharts charts = new RaceCharts();
    /** How the objective is drawn; null until one is chosen. */
    private transient RaceView shown;
    private transient ObjectiveView objective;
    private transient Recorded[] rows = new Recorded[0];
    private transient List<String> labels = List.of();
    private final Timer rerun = new Timer(400, e -> run());
    private boolean updatingScrub;

    public RacePanel(GradusApplication app) {
        super(new BorderLayout(6, 6));
        this.app = app;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gradus-race");
            t.setDaemon(true);
            return t;
        });
        this.model = new RaceModel(app.runOptimization(), background, SwingUtilities::invokeLater);
        setName("lab.race");
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        rerun.setRepeats(false);

        for (ProviderSummary s : app.listProviders().list().of(ProviderKind.OPTIMIZER)) {
            app.describeProvider().describe(s.info().id()).stream().filter(d -> d.summary().kind() == ProviderKind.OPTIMIZER).findFirst()
                    .ifPresent(d -> optimizerSpaces.put(s.info().id(), d.parameters()));
        }
        spaces = new RunEditor.Spaces(optimizerSpaces, parameterSpaces(app, ProviderKind.ESTIMATOR), parameterSpaces(app, ProviderKind.SCHEDULE));
        scenarios = app.scenarios().builtIn();
        List<String> titles = new ArrayList<>();
        titles.add("Scenarios...");
        scenarios.forEach(spec -> titles.add(spec.title()));
        scenarioBox = new JComboBox<>(titles.toArray(String[]::new));
        scenarioBox.setName("lab.scenarios");
        // the longest title would make the controls, and their side of the split, far too wide
        scenarioBox.setPrototypeDisplayValue("Seed 000: SGD escaping a");
        scenarioBox.setToolTipText("Open a built-in scenario: each seed article's experiment and the book's comparison");
        scenarioBox.addActionListener(e -> {
            int index = scenarioBox.getSelectedIndex();
            if (index > 0) {
                load(scenarios.get(index - 1));
            }
        });
        List<String> dataIds = app.listProviders().list().of(ProviderKind.DATA_SET).stream().map(s -> s.info().id()).toList();
        data = new JComboBox<>(dataIds.toArray(String[]::new));
        data.setName("lab.data");
        if (dataIds.contains("xor")) {
            data.setSelectedItem("xor");
        }
        picker = new ObjectivePicker(app.listProviders(), app.describeProvider());
        picker.setPreferredSize(new Dimension(260, 300));

        start.setName("lab.start");
        steps.setName("lab.steps");
        dimension.setName("lab.dimension");
        dimension.setToolTipText("The number of coordinates, for an objective that takes several (sphere, rosenbrock, ...); blank: its default");
        dimension.addActionListener(e -> objectiveChosen());
        seed.setName("lab.seed");
        tolerance.setName("lab.tolerance");
        tolerance.setToolTipText("Stop a run when its gradient norm falls below this; 0 runs every step");
        timeLimit.setName("lab.timeLimit");
        timeLimit.setToolTipText("The wall time each run may take (30s, 500ms, 2m); a run past it, even one stuck in a plugin's call, "
                + "stops with stop reason time-limit; blank: none");
        status.setName("lab.status");
        play.setName("lab.play");
        scrub.setName("lab.scrub");
        arrows.setName("lab.arrows");

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, controls(), figures());
        split.setResizeWeight(0);
        split.setDividerLocation(430);
        add(split, BorderLayout.CENTER);
        add(transport(), BorderLayout.SOUTH);
        keys();

        playback.addListener(this::showCursor);
        Timer frames = new Timer(16, new java.awt.event.ActionListener() {
            private long last = System.nanoTime();

            @Override
            public void actionPerformed(ActionEvent e) {
                long now = System.nanoTime();
                playback.advance(now - last);
                last = now;
            }
        });
        frames.start();

        picker.addSelectionListener(id -> {
            if (!loading) {
                // a dimension and parameter values belong to the objective they were set for
                objectiveValues = Map.of();
                dimension.setText("");
            }
            objectiveId = id;
            objectiveChosen();
        });
        data.addActionListener(e -> {
            if (!loading) {
                objectiveChosen();
            }
        });
        scenarios.stream().filter(spec -> spec.name().equals("book-comparison")).findFirst().ifPresentOrElse(this::load, () -> {
            addRun("adam", Map.of());
            picker.select("elongated-bowl");
        });
    }

    private static Map<String, ParameterSpace> parameterSpaces(GradusApplication app, ProviderKind kind) {
        Map<String, ParameterSpace> found = new LinkedHashMap<>();
        for (ProviderSummary s : app.listProviders().list().of(kind)) {
            app.describeProvider().describe(s.info().id()).stream().filter(d -> d.summary().kind() == kind).findFirst()
                    .ifPresent(d -> found.put(s.info().id(), d.parameters()));
        }
        return found;
    }

    /** The formula objective's id. */
    static final String FORMULA = "formula";

    /**
     * Races the runs on a formula (its variables in this order; empty: natural order), from its
     * suggested start; a formula that does not parse is said in the status line.
     */
    public void raceFormula(String expression, String variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("expression", expression);
        values.put("vars", variables);
        objectiveValues = values;
        objectiveId = FORMULA;
        objectiveChosen();
    }

    /** Sets the lab to a run specification (a built-in scenario or a file) and races it. */
    void load(RunSpec spec) {
        loading = true;
        try {
            objectiveValues = new LinkedHashMap<>(spec.objective().values());
            if (spec.data() != null && spec.data().id() != null) {
                data.setSelectedItem(spec.data().id());
            }
            for (RunEditor editor : List.copyOf(editors)) {
                runsPanel.removeAll();
                editors.remove(editor);
            }
            for (RunSpec.Run run : spec.runs()) {
                RunEditor editor = addRun(run.optimizer().id(), RunEditor.texts(run.optimizer().values()));
                editor.chooseGradient(run.gradient());
                editor.chooseSchedule(run.schedule());
                editor.setClipping(run.clipNorm(), run.clipValue());
            }
            steps.setText(Long.toString(spec.steps()));
            dimension.setText(spec.dimension() == null ? "" : Integer.toString(spec.dimension()));
            seed.setText(Long.toString(spec.seed()));
            tolerance.setText(Double.toString(spec.tolerance()));
            timeLimit.setText(spec.timeLimit() == null ? "" : DurationText.format(spec.timeLimit()));
            pendingStart = spec.start();
            if (spec.objective().id().equals(FORMULA)) {
                objectiveId = FORMULA;
                objectiveChosen();
            } else {
                picker.select(spec.objective().id());
            }
        } finally {
            loading = false;
            pendingStart = null;
        }
    }

    /** The lab's state as a run specification named {@code name}. */
    RunSpec spec(String name) {
        List<RunSpec.Run> runs = new ArrayList<>();
        for (RunEditor editor : editors) {
            runs.add(new RunSpec.Run(editor.label(), ComponentChoice.of(editor.optimizer(), new LinkedHashMap<>(editor.texts())), editor.gradient(),
                    editor.schedule(), editor.clipNorm(), editor.clipValue()));
        }
        return new RunSpec(name, name, "Saved from the Gradus lab.", ComponentChoice.of(objectiveId, objectiveValues), dataChoice(),
                dimensionValue(), dev.gradus.app.port.in.PointText.parse("start", start.getText()), whole("steps", steps.getText()), seedValue(), toleranceValue(), null,
                null, runs, RunSpec.Study.NONE, timeLimitValue());
    }

    private void open() {
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter("Gradus run specifications (*.json)", "json"));
        if (chooser.showOpenDialog(this) == javax.swing.JFileChooser.APPROVE_OPTION) {
            try {
                load(app.scenarios().read(chooser.getSelectedFile().toPath()));
            } catch (GradusException e) {
                error(e.getMessage());
            }
        }
    }

    /** The chart the view shows. */
    private org.jfree.chart.JFreeChart viewChart() {
        return shown == null ? null : shown.chart();
    }

    private void export(String kind) {
        if (viewChart() == null || rows.length == 0) {
            error("nothing to export yet: run a race first");
            return;
        }
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
        chooser.setSelectedFile(new java.io.File("race." + kind));
        if (chooser.showSaveDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return;
        }
        java.nio.file.Path file = chooser.getSelectedFile().toPath();
        try {
            switch (kind) {
                case "png" -> dev.gradus.figures.FigureFiles.writePng(viewChart(), Math.max(400, view.getWidth()), Math.max(300, view.getHeight()), file);
                case "gif" -> exportAnimation(file);
                case "csv" -> RaceExport.csv(file, labels, rows, objective.metadata().coordinateNames());
                default -> RaceExport.json(file, objective.provider().id(), labels, rows, objective.metadata().coordinateNames());
            }
            if (!kind.equals("gif")) {
                status.setForeground(getForeground());
                status.setText("wrote " + file);
            }
        } catch (java.io.IOException | RuntimeException e) {
            error("could not write " + file + ": " + e.getMessage());
        }
    }

    /** The most frames an exported animation has; longer races are sampled evenly. */
    static final int MAX_FRAMES = 200;

    /**
     * Writes the race as an animated GIF, one frame per timer tick so the window stays responsive;
     * the cursor is put back where it was.
     */
    private void exportAnimation(java.nio.file.Path file) throws java.io.IOException {
        long last = playback.last();
        long stride = Math.max(1, (last + MAX_FRAMES - 1) / MAX_FRAMES);
        long restore = playback.cursor();
        int width = Math.max(400, view.getWidth());
        int height = Math.max(300, view.getHeight());
        playback.pause();
        dev.gradus.figures.AnimatedGif gif = dev.gradus.figures.AnimatedGif.open(file, 80);
        long[] next = {0};
        Timer frames = new Timer(1, null);
        frames.addActionListener(e -> {
            try {
                playback.scrub(Math.min(next[0], last));
                gif.add(viewChart().createBufferedImage(width, height));
                status.setForeground(getForeground());
                status.setText("writing " + file + ": step " + playback.cursor() + " of " + last);
                if (next[0] >= last) {
                    frames.stop();
                    gif.close();
                    playback.scrub(restore);
                    status.setText("wrote " + file + " (" + gif.frameCount() + " frames)");
                }
                next[0] += stride;
            } catch (java.io.IOException | RuntimeException ex) {
                frames.stop();
                gif.abandon();
                playback.scrub(restore);
                error("could not write " + file + ": " + ex.getMessage());
            }
        });
        frames.start();
    }

    private void save() {
        javax.swing.JFileChooser chooser = new javax.swing.JFileChooser();
        chooser.setSelectedFile(new java.io.File("race.json"));
        if (chooser.showSaveDialog(this) == javax.swing.JFileChooser.APPROVE_OPTION) {
            java.nio.file.Path file = chooser.getSelectedFile().toPath();
            try {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                app.scenarios().write(spec(name), file);
                status.setForeground(getForeground());
                status.setText("saved " + file);
            } catch (GradusException e) {
                error(e.getMessage());
            }
        }
    }

    private JComponent controls() {
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        JPanel top = new JPanel(new BorderLayout(0, 4));
        JPanel files = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JButton openButton = new JButton("Open...");
        openButton.setName("lab.open");
        openButton.addActionListener(e -> open());
        JButton saveButton = new JButton("Save...");
        saveButton.setName("lab.save");
        saveButton.addActionListener(e -> save());
        JButton exportButton = new JButton("Export...");
        exportButton.setName("lab.export");
        javax.swing.JPopupMenu exports = new javax.swing.JPopupMenu();
        exports.add("View as PNG...").addActionListener(e -> export("png"));
        exports.add("Animation as GIF...").addActionListener(e -> export("gif"));
        exports.add("Trajectories as CSV...").addActionListener(e -> export("csv"));
        exports.add("Trajectories as JSON...").addActionListener(e -> export("json"));
        exportButton.addActionListener(e -> exports.show(exportButton, 0, exportButton.getHeight()));
        files.add(scenarioBox);
        files.add(openButton);
        files.add(saveButton);
        files.add(exportButton);
        top.add(files, BorderLayout.NORTH);
        top.add(picker, BorderLayout.CENTER);
        panel.add(top, BorderLayout.NORTH);
        JPanel settings = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 2, 2, 4);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        for (Object[] field : new Object[][] {{"data", data}, {"dimension", dimension}, {"start", start}, {"steps", steps}, {"seed", seed}, {"tolerance", tolerance},
            {"time limit", timeLimit}}) {
            c.gridx = 0;
            c.gridy = row++;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            settings.add(new JLabel((String) field[0]), c);
            c.gridx = 1;
            c.weightx = 1;
            c.fill = GridBagConstraints.HORIZONTAL;
            settings.add((JComponent) field[1], c);
        }
        start.setToolTipText("The starting point, e.g. -7,2; click the landscape to set it, or drag the start of the paths");
        JPanel middle = new JPanel(new BorderLayout(0, 4));
        middle.add(settings, BorderLayout.NORTH);
        runsPanel.setLayout(new BoxLayout(runsPanel, BoxLayout.Y_AXIS));
        // the editors keep their own height; the room below them stays empty
        JPanel runsHolder = new WidthTracking();
        runsHolder.add(runsPanel, BorderLayout.NORTH);
        JScrollPane runsScroll = new JScrollPane(runsHolder);
        runsScroll.getVerticalScrollBar().setUnitIncrement(16);
        middle.add(runsScroll, BorderLayout.CENTER);
        panel.add(middle, BorderLayout.CENTER);

        JButton add = new JButton("Add run");
        add.setName("lab.add");
        add.addActionListener(e -> {
            addRun("adam", Map.of());
            run();
        });
        JButton runButton = new JButton("Run (F5)");
        runButton.setName("lab.run");
        runButton.addActionListener(e -> run());
        JButton stop = new JButton("Stop");
        stop.setName("lab.stop");
        stop.addActionListener(e -> model.cancel());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(add);
        buttons.add(runButton);
        buttons.add(stop);
        JPanel bottom = new JPanel(new BorderLayout(0, 4));
        bottom.add(buttons, BorderLayout.NORTH);
        status.setVerticalAlignment(JLabel.TOP);
        bottom.add(status, BorderLayout.CENTER);
        panel.add(bottom, BorderLayout.SOUTH);
        return panel;
    }

    private JComponent figures() {
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, view, charts.component());
        split.setResizeWeight(0.65);
        return split;
    }

    private JComponent transport() {
        JButton back = new JButton("|<");
        back.setToolTipText("Back to step 0 (F9)");
        back.addActionListener(e -> playback.reset());
        JButton prev = new JButton("<");
        prev.setToolTipText("One step back (F7)");
        prev.addActionListener(e -> playback.stepBack());
        play.setToolTipText("Play or pause (F6)");
        play.addActionListener(e -> playback.toggle());
        JButton next = new JButton(">");
        next.setName("lab.next");
        next.setToolTipText("One step forward (F8)");
        next.addActionListener(e -> playback.stepForward());
        scrub.addChangeListener(e -> {
            if (!updatingScrub) {
                playback.scrub(scrub.getValue());
            }
        });
        speed.setToolTipText("Speed: 1 to 10000 steps a second");
        speed.addChangeListener(e -> playback.setSpeed(speedValue()));
        playback.setSpeed(speedValue());
        arrows.addActionListener(e -> showCursor());
        internals.setName("lab.internals");
        internals.setToolTipText("Draw the optimizer's named state vectors at the cursor (a velocity or moment as a dotted arrow, an accumulator or "
                + "second moment as an ellipse or bar of its per-coordinate scale) and chart the norms of the first run that keeps any");
        internals.addActionListener(e -> {
            charts.showInternals(internals.isSelected());
            showCursor();
        });
        JPanel bar = new JPanel(new BorderLayout(6, 0));
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
        left.add(back);
        left.add(prev);
        left.add(play);
        left.add(next);
        left.add(stepLabel);
        bar.add(left, BorderLayout.WEST);
        bar.add(scrub, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        right.add(arrows);
        right.add(internals);
        right.add(new JLabel("speed"));
        right.add(speed);
        bar.add(right, BorderLayout.EAST);
        return bar;
    }

    /** 1 to 10^4 steps a second, logarithmic in the slider. */
    private double speedValue() {
        return Math.pow(10, speed.getValue() / 25.0);
    }

    private void keys() {
        bind("F5", "run", this::run);
        bind("F6", "play", playback::toggle);
        bind("F7", "back", playback::stepBack);
        bind("F8", "forward", playback::stepForward);
        bind("F9", "reset", playback::reset);
    }

    private void bind(String key, String name, Runnable action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name);
        getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Adds a run with this optimizer and these values (the others at their defaults). */
    RunEditor addRun(String optimizer, Map<String, String> texts) {
        if (!optimizerSpaces.containsKey(optimizer)) {
            optimizer = optimizerSpaces.keySet().iterator().next();
            texts = Map.of();
        }
        RunEditor editor = new RunEditor(spaces, Palette.run(editors.size()), optimizer, texts);
        editor.addChangeListener(rerun::restart);
        editor.removeButton().addActionListener(e -> {
            editors.remove(editor);
            runsPanel.remove(editor);
            runsPanel.revalidate();
            runsPanel.repaint();
            run();
        });
        editors.add(editor);
        runsPanel.add(editor);
        runsPanel.add(Box.createVerticalStrut(4));
        runsPanel.revalidate();
        return editor;
    }

    /** The editors of the runs, in order. */
    List<RunEditor> runEditors() {
        return List.copyOf(editors);
    }

    private boolean learnsFromData() {
        return !FORMULA.equals(objectiveId) && picker.description().map(ProviderDescription::learnsFromData).orElse(false);
    }

    private DataChoice dataChoice() {
        return learnsFromData() && data.getSelectedItem() != null ? DataChoice.generated((String) data.getSelectedItem(), Map.of()) : null;
    }

    /** A new objective (or data): make its view, put its start in the field, and race on it. */
    private void objectiveChosen() {
        String id = objectiveId;
        if (id == null) {
            return;
        }
        data.setEnabled(learnsFromData());
        try {
            objective = app.objectiveView().open(new ObjectiveViewCommand(ComponentChoice.of(id, objectiveValues), dimensionValue(), dataChoice(),
                    seedValue()));
        } catch (GradusException e) {
            objective = null;
            error(e.getMessage());
            return;
        }
        start.setText(format(pendingStart != null ? pendingStart : objective.metadata().suggestedStart()));
        buildView();
        run();
    }

    /** Whether the objective is a classifier over 2-D data, drawn as its decision regions. */
    private boolean isPlanarClassifier() {
        return objective.data() != null && objective.data().isClassification() && objective.data().features() == 2
                && objective.objective() instanceof dev.gradus.api.objective.Classifier;
    }

    private void buildView() {
        view.removeAll();
        shown = null;
        ObjectiveMetadata metadata = objective.metadata();
        try {
            if (metadata.dimension() == 2) {
                shown = new LandscapeView(objective.objective(), new LandscapeView.StartControl() {
                    @Override
                    public String text() {
                        return start.getText();
                    }

                    @Override
                    public void set(String text) {
                        start.setText(text);
                    }

                    @Override
                    public void race() {
                        run();
                    }
                });
            } else if (isPlanarClassifier()) {
                shown = new RegionsView(app.classifierGrid(), new ClassifierGridCommand(ComponentChoice.of(objective.provider().id(), objectiveValues),
                        dataChoice(), seedValue(), metadata.suggestedStart(), null, RegionsView.CELLS, RegionsView.CELLS), objective.data(), this::error);
            } else if (metadata.dimension() == 1) {
                shown = new CurveView(objective.objective());
            } else {
                shown = new TraceView(metadata.coordinateNames(), this::showCursor, this::error);
            }
        } catch (GradusException e) {
            error(e.getMessage());
            shown = new TraceView(metadata.coordinateNames(), this::showCursor, this::error);
        }
        view.add(shown.component(), BorderLayout.CENTER);
        view.revalidate();
        view.repaint();
    }

    /** Races every run on the chosen objective from the start field. */
    void run() {
        rerun.stop();
        if (objective == null) {
            return;
        }
        List<RaceModel.Entry> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            double[] from = dev.gradus.app.port.in.PointText.parse("start", start.getText());
            int drawn = objective.metadata().dimension();
            if (from.length != drawn) {
                throw dev.gradus.app.port.in.InvalidInputException.of("start", start.getText(), "start: has " + from.length + " coordinates; the objective is "
                        + drawn + "-D here" + (dimensionValue() == null ? " (set the dimension to race in " + from.length + " dimensions)" : ""));
            }
            long budget = whole("steps", steps.getText());
            java.time.Duration limit = timeLimitValue();
            for (int i = 0; i < editors.size(); i++) {
                RunEditor editor = editors.get(i);
                if (!editor.isValidNow()) {
                    error("run " + (i + 1) + " (" + editor.optimizer() + "): " + editor.firstProblem());
                    return;
                }
                Map<String, Object> values = new LinkedHashMap<>(editor.texts());
                RunCommand command = RunCommand.builder().objective(ComponentChoice.of(objectiveId, objectiveValues))
                        .data(dataChoice()).optimizer(ComponentChoice.of(editor.optimizer(), values)).gradient(editor.gradient())
                        .schedule(editor.schedule()).clipNorm(editor.clipNorm() == null ? Double.POSITIVE_INFINITY : editor.clipNorm())
                        .clipValue(editor.clipValue() == null ? Double.POSITIVE_INFINITY : editor.clipValue()).start(from)
                        .dimension(dimensionValue()).steps(budget).seed(seedValue()).tolerance(toleranceValue()).timeLimit(limit).build();
                entries.add(new RaceModel.Entry(editor.label(), command));
                names.add((i + 1) + " " + editor.label());
            }
        } catch (GradusException e) {
            error(e.getMessage());
            return;
        }
        rows = new Recorded[entries.size()];
        labels = names;
        resetFigures();
        status.setForeground(getForeground());
        status.setText("running " + entries.size() + (entries.size() == 1 ? " run..." : " runs..."));
        playback.pause();
        playback.setLast(0);
        List<String> failures = new ArrayList<>();
        long[] longest = {0};
        model.start(entries, new RaceModel.Listener() {
            @Override
            public void progress(int run, long step) {
                status.setText("run " + (run + 1) + " of " + entries.size() + ": step " + step);
            }

            @Override
            public void finished(int run, RunResult result, Recorded recorded) {
                rows[run] = recorded;
                longest[0] = Math.max(longest[0], result.steps());
                charts.finished(run, recorded);
                if (result.stopReason() != dev.gradus.app.port.in.StopReason.STEP_BUDGET
                        && result.stopReason() != dev.gradus.app.port.in.StopReason.GRADIENT_TOLERANCE) {
                    failures.add("run " + (run + 1) + ": " + result.stopDetail());
                }
                long last = 0;
                for (Recorded r : rows) {
                    if (r != null && r.size() > 0) {
                        last = Math.max(last, r.step(r.size() - 1));
                    }
                }
                playback.setLast(last);
            }

            @Override
            public void failed(int run, String message) {
                failures.add("run " + (run + 1) + ": " + message);
            }

            @Override
            public void done() {
                if (failures.isEmpty()) {
                    status.setForeground(getForeground());
                    status.setText("done: " + entries.size() + (entries.size() == 1 ? " run, " : " runs, ") + longest[0] + " steps"
                            + (playback.last() < longest[0] ? "; playback keeps the first " + playback.last() + " steps" : ""));
                } else {
                    error(String.join("; ", failures));
                }
                playback.reset();
                playback.play();
            }
        });
    }

    private void resetFigures() {
        charts.reset(labels, shown instanceof RegionsView || objective != null && objective.objective() instanceof dev.gradus.api.objective.Classifier);
        if (shown != null) {
            shown.reset(labels);
        }
    }

    /** Draws every run at the playback cursor. */
    private void showCursor() {
        long at = playback.cursor();
        stepLabel.setText("step " + at);
        play.setText(playback.playing() ? "Pause" : "Play");
        updatingScrub = true;
        scrub.setMaximum((int) Math.min(Integer.MAX_VALUE, playback.last()));
        scrub.setValue((int) Math.min(Integer.MAX_VALUE, at));
        updatingScrub = false;
        charts.setCursor(at);
        if (shown == null) {
            return;
        }
        RaceView.Shown what = new RaceView.Shown(arrows.isSelected(), internals.isSelected(), playback.playing());
        shown.beginFrame();
        try {
            for (int i = 0; i < rows.length; i++) {
                Recorded r = rows[i];
                if (r != null && r.hasVectors() && r.size() > 0) {
                    shown.show(i, r, Math.max(0, r.rowAt(at)), what);
                }
            }
        } finally {
            shown.endFrame();
        }
    }

    private double toleranceValue() {
        Double value = ParameterSpace.parseReal(tolerance.getText());
        if (value == null || !(value >= 0) || value.isInfinite()) {
            throw dev.gradus.app.port.in.InvalidInputException.of("tolerance", tolerance.getText(),
                    "tolerance: '" + tolerance.getText().strip() + "' must be a finite number >= 0 (0 runs every step)");
        }
        return value;
    }

    /** The time limit field, in the grammar of {@code --time-limit}: null when blank (no limit). */
    private java.time.Duration timeLimitValue() {
        String text = timeLimit.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw dev.gradus.app.port.in.InvalidInputException.of("time-limit", text, e.getMessage() + "; blank: none");
        }
    }

    /** The dimension field: null when blank (the objective's default). */
    private Integer dimensionValue() {
        String text = dimension.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        long value = whole("dimension", text);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw dev.gradus.app.port.in.InvalidInputException.of("dimension", text, "dimension: '" + text + "' must be a whole number >= 1");
        }
        return (int) value;
    }

    /** Picks objective {@code id} in the catalog, as a click on it does. */
    void pickObjective(String id) {
        picker.select(id);
    }

    /** Sets the dimension field (blank: the objective's default) and opens the objective again at it. */
    void setDimension(String text) {
        dimension.setText(text);
        objectiveChosen();
    }

    private long seedValue() {
        try {
            return Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long whole(String field, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw dev.gradus.app.port.in.InvalidInputException.of(field, text, field + ": '" + text + "' must be a whole number >= 0");
    }

    private void error(String message) {
        status.setForeground(ERROR);
        status.setText("<html>" + message.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</html>");
    }

    /** What the status line says. */
    String statusText() {
        return status.getText();
    }

    /** How many other runs' markers the 1-D view has; -1 when the view is not a curve. */
    int curveMarkers() {
        return shown instanceof CurveView c ? c.markers() : -1;
    }

    /** The 1-D view's batch-fit points and trail points at the cursor; null when the view is not a curve. */
    int[] curveOverlayAndTrail() {
        return shown instanceof CurveView c ? c.overlayAndTrail() : null;
    }

    /** The chart of a run's state-vector norms (shown while "state vectors" is ticked). */
    SeriesChart stateChart() {
        return charts.states();
    }

    /** Ticks or clears "state vectors". */
    void showInternals(boolean shown) {
        internals.setSelected(shown);
        charts.showInternals(shown);
        showCursor();
    }

    /** The n-D view, or null when the view is not a trace. */
    TraceView trace() {
        return shown instanceof TraceView t ? t : null;
    }

    /** The glyphs the 1-D view draws at the first run's point. */
    List<dev.gradus.figures.StateGlyph> curveGlyphs() {
        return shown instanceof CurveView c ? c.glyphs() : List.of();
    }

    /** The loss chart. */
    SeriesChart lossChart() {
        return charts.loss();
    }

    /** The accuracy chart (shown for classifiers). */
    SeriesChart accuracyChart() {
        return charts.accuracy();
    }

    /** The playback cursor, for tests and the keys. */
    Playback playback() {
        return playback;
    }

    private static String format(double[] point) {
        StringBuilder sb = new StringBuilder();
        for (double v : point) {
            sb.append(sb.length() == 0 ? "" : ",").append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        }
        return sb.toString();
    }

    /** A panel as wide as its scroll pane's view, so the run editors never need a horizontal scroll bar. */
    private static final class WidthTracking extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;

        WidthTracking() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return orientation == javax.swing.SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** Stops the background thread; the panel is unusable after. */
    public void dispose() {
        model.cancel();
        background.shutdownNow();
    }
}
