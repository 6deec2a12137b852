package dev.gradus.app.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.port.in.RunSpec;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@link SpecJson#write} writes reads back to the same specification. */
class SpecWritingTest {

    @Test
    void aSpecificationWithoutADescriptionIsWrittenWithoutOneAndReadsBackTheSame() {
        RunSpec plain = SpecJson.read(new StringReader("{\"format\": \"gradus-spec\", \"format_version\": 1, \"name\": \"t\", "
                + "\"objective\": {\"id\": \"sphere\"}, \"runs\": [{\"optimizer\": {\"id\": \"sgd\"}}]}"), "s.json");
        StringWriter out = new StringWriter();
        SpecJson.write(plain, out);

        assertThat(plain.description()).isEmpty();
        assertThat(out.toString()).doesNotContain("description");
        assertThat(SpecJson.read(new StringReader(out.toString()), "again.json")).isEqualTo(plain);
    }
}
