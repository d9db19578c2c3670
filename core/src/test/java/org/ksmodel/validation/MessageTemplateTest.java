package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  @Test
  void fillsPlaceholdersAndUnquotesLikeMessageFormat() {
    String template = "the {0} id ''{1}'' is used {2} times";
    List<String> arguments = List.of("partnership", "P-1", "3");
    assertThat(MessageTemplate.parse(template).format(arguments))
        .isEqualTo("the partnership id 'P-1' is used 3 times")
        .isEqualTo(new MessageFormat(template).format(arguments.toArray()));
  }

  @Test
  void keepsWhatIsNotAPlaceholder() {
    assertThat(MessageTemplate.parse("{x} {} {1234} {0").format(List.of("a")))
        .isEqualTo("{x} {} {1234} {0");
    assertThat(MessageTemplate.parse("{1} then {0}").format(List.of("a"))).isEqualTo("{1} then a");
    assertThat(MessageTemplate.parse("").format(List.of())).isEmpty();
  }
}
