package org.crampguide.seo;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-LD must survive any front matter: it is escaped so that it can never close its
 * script element.
 */
class StructuredDataTests {

	@Test
	void escapesAnythingThatCouldCloseTheScriptElementAndParsesBackTheSame() {
		String hostile = "Cramps </script><script>alert(1)</script> & <!-- more";
		String json = StructuredData
			.escapeForScript(JsonMapper.builder().build().writeValueAsString(Map.of("name", hostile)));
		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		JsonNode parsed = JsonMapper.builder().build().readTree(json);
		assertThat(parsed.get("name").asString()).isEqualTo(hostile);
	}

}
