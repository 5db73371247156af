package be.crmconnector.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A diff path's text form reads back as the same path, for every kind of path; a text naming nothing is refused. */
class FieldPathTest {

    @ParameterizedTest
    @EnumSource(ClientField.class)
    void aClientFieldIsWrittenAsItsKeyAndReadBack(ClientField field) {
        FieldPath path = FieldPath.of(field);

        assertThat(path.text()).isEqualTo(field.key());
        assertThat(FieldPath.parse(path.text())).isEqualTo(path).isInstanceOf(FieldPath.Client.class);
    }

    @Test
    void aWholeContactIsWrittenInBracketsAndReadBack() {
        FieldPath path = FieldPath.contact("jan@example.be");

        assertThat(path.text()).isEqualTo("contacts[jan@example.be]");
        assertThat(FieldPath.parse("contacts[jan@example.be]")).isEqualTo(new FieldPath.Contact("jan@example.be", null));
    }

    @ParameterizedTest
    @EnumSource(ContactField.class)
    void aContactDetailIsWrittenAfterTheBracketsAndReadBack(ContactField detail) {
        FieldPath path = FieldPath.contact("name:anne lambert", detail);

        assertThat(path.text()).isEqualTo("contacts[name:anne lambert]." + detail.key());
        assertThat(FieldPath.parse(path.text())).isEqualTo(new FieldPath.Contact("name:anne lambert", detail));
    }

    @Test
    void theExternalIdLinkIsWrittenAsExternalIdAndReadBack() {
        assertThat(FieldPath.externalId().text()).isEqualTo("externalId");
        assertThat(FieldPath.parse("externalId")).isSameAs(FieldPath.externalId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a]b", "ends-with]", "[bracketed]", "x].contactPhone", "a].b]"})
    void aContactKeyHoldingAClosingBracketSurvivesTheRoundTripWithAndWithoutADetail(String key) {
        FieldPath whole = FieldPath.contact(key);
        FieldPath detail = FieldPath.contact(key, ContactField.CONTACT_EMAIL);

        assertThat(FieldPath.parse(whole.text())).isEqualTo(whole);
        assertThat(FieldPath.parse(detail.text())).isEqualTo(detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "vatnumber", "contactPhone", "contacts[jan@example.be].nope",
            "contacts[jan@example.be", "contacts[jan@example.be].", "externalId.x"})
    void aTextThatNamesNoFieldIsRefused(String text) {
        assertThatThrownBy(() -> FieldPath.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void noTextAtAllIsRefused() {
        assertThatThrownBy(() -> FieldPath.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
