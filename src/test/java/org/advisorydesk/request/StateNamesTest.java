package org.advisorydesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A State found by what people type, and named as the UN names it. */
class StateNamesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "Türkiye; TUR", "turkiye; TUR", "Turquía; TUR", "Turquia; TUR", "TURQUIE; TUR", "Turkey; TUR", "tur; TUR",
            "Côte d’Ivoire; CIV", "cote d'ivoire; CIV", "cote divoire; CIV", "Ivory Coast; CIV", "Costa de Marfil; CIV",
            "Perou; PER", "Mexico; MEX", "méxico; MEX",
            "Czech Republic; CZE", "Tchéquie; CZE", "Chequia; CZE",
            "Cape Verde; CPV", "Cabo Verde; CPV", "Swaziland; SWZ", "Eswatini; SWZ",
            "Burma; MMR", "Birmanie; MMR", "Myanmar; MMR",
            "Macedonia; MKD", "Macédoine du Nord; MKD", "Macedonia del Norte; MKD",
            "Viet Nam; VNM", "Vietnam; VNM",
            "Republic of Korea; KOR", "South Korea; KOR", "Corée du Sud; KOR", "Corea del Sur; KOR",
            "Democratic People's Republic of Korea; PRK", "North Korea; PRK",
            "Lao People’s Democratic Republic; LAO", "Laos; LAO",
            "Bolivia (Plurinational State of); BOL", "Venezuela (Bolivarian Republic of); VEN", "Iran (Islamic Republic of); IRN",
            "Syrian Arab Republic; SYR", "Syria; SYR", "Russian Federation; RUS", "Russia; RUS",
            "United Republic of Tanzania; TZA", "Republic of Moldova; MDA",
            "UK; GBR", "Great Britain; GBR", "Royaume-Uni; GBR", "Reino Unido; GBR", "United Kingdom; GBR",
            "USA; USA", "US; USA", "États-Unis; USA", "Estados Unidos; USA", "United States; USA",
            "Holland; NLD", "Pays-Bas; NLD", "Países Bajos; NLD", "the Netherlands; NLD",
            "East Timor; TLS", "Timor Leste; TLS", "Holy See; VAT", "Vatican; VAT",
            "State of Palestine; PSE", "Palestine; PSE",
            "Congo; COG", "Democratic Republic of the Congo; COD", "DRC; COD", "RDC; COD",
            "Bosnia and Herzegovina; BIH", "Saint Kitts and Nevis; KNA", "  el   Salvador ; SLV", "le Pérou; PER"})
    void findsAStateByAnyOfItsNames(String typed, String code) {
        assertThat(StateNames.find(typed)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Gap analysis", "TA-2026-00042", "Turq", "Ivoire", "''"})
    void findsNoStateInOtherText(String typed) {
        assertThat(StateNames.find(typed)).isEmpty();
    }

    @Test
    void showsTheUnShortNameWhereTheFileGivesOneAndTheJdksOtherwise() {
        assertThat(StateNames.name("TUR", Locale.ENGLISH)).isEqualTo("Türkiye");
        assertThat(StateNames.name("TUR", Locale.FRENCH)).isEqualTo("Türkiye");
        assertThat(StateNames.name("TUR", Locale.forLanguageTag("es"))).isEqualTo("Türkiye");
        assertThat(StateNames.name("VAT", Locale.FRENCH)).isEqualTo("Saint-Siège");
        assertThat(StateNames.name("CPV", Locale.ENGLISH)).isEqualTo("Cabo Verde");
        assertThat(StateNames.name("PRY", Locale.FRENCH)).isEqualTo("Paraguay");
        assertThat(StateNames.name("NOR", Locale.forLanguageTag("es"))).isEqualTo("Noruega");
        assertThat(StateNames.name("XYZ", Locale.ENGLISH)).isEqualTo("XYZ");
    }

    @Test
    void aFileNamingAnUnknownCodeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("# names", "XYZ = Nowhere")))
                .isInstanceOf(IllegalStateException.class).hasMessage("names line 2: XYZ is not an ISO 3166 alpha-3 code");
    }

    @Test
    void aNameTwoStatesWouldShareIsRefused() {
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("COD = Congo")))
                .isInstanceOf(IllegalStateException.class).hasMessage("names line 1: \"Congo\" would name both COG and COD");
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("AUT = Ostmark", "DEU = ostmark")))
                .hasMessage("names line 2: \"ostmark\" would name both AUT and DEU");
    }

    @Test
    void aCodeGivenTwiceOrALineOfAnotherShapeIsRefused() {
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("TUR = Türkiye", "TUR = Turkey")))
                .hasMessageContaining("line 2: TUR is given a second time (first on line 1)");
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("Türkiye: TUR")))
                .hasMessageContaining("line 1: expected CODE = name");
        assertThatThrownBy(() -> StateNameIndex.of("names", List.of("TUR.fr = Türkiye | Turquie")))
                .hasMessageContaining("more than one name to show");
    }

    @Test
    void theShippedFileIsValid() {
        assertThat(StateNameIndex.load(StateNames.FILE).find("Türkiye")).contains("TUR");
    }
}
