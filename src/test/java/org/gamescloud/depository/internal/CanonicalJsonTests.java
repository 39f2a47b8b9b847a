package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    @Test
    void sortsKeysAtEveryLevelAndLeavesNoWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 2);
        inner.put("a", null);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", List.of(inner, true));
        outer.put("A", 10_000_000_000L);
        outer.put("m", "x");

        assertThat(CanonicalJson.write(outer))
                .isEqualTo("{\"A\":10000000000,\"m\":\"x\",\"z\":[{\"a\":null,\"b\":2},true]}");
    }

    @Test
    void escapesOnlyWhatJsonRequiresAndKeepsUnicodeAsIs() {
        assertThat(CanonicalJson.write("\"\\\n\t\u0001/é成绩€")).isEqualTo("\"\\\"\\\\\\n\\t\\u0001/é成绩€\"");
    }

    @Test
    void sortsKeysByUtf16CodeUnitsAsRfc8785Does() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("\u20ac", 1);
        keys.put("\r", 2);
        keys.put("\ud83d\ude00", 3);
        keys.put("\u00f6", 4);
        keys.put("1", 5);

        assertThat(CanonicalJson.write(keys))
                .isEqualTo("{\"\\r\":2,\"1\":5,\"\u00f6\":4,\"\u20ac\":1,\"\ud83d\ude00\":3}");
    }

    @Test
    void refusesValuesWithoutACanonicalForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.write(Arrays.asList(1.5)));
    }
}
