package be.crmconnector.simulator.adminpulse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Name, street and city pools per language community. Accented names (é, è, ç, ë, ö, ü) are there on purpose:
 * they are what breaks encodings and naive e-mail generation in real imports.
 */
public final class BelgianNames {

    /** @param zone telephone zone without the leading 0 */
    public record City(String postalCode, String name, String language, String zone) {
    }

    public record Community(List<City> cities, List<String> maleFirst, List<String> femaleFirst, List<String> last,
                     List<String> streets, List<String> companyPatterns, List<String> tradeNames, String boxWord) {
    }

    public static final Community FLEMISH = new Community(
            List.of(new City("9000", "Gent", "nl", "9"), new City("2000", "Antwerpen", "nl", "3"),
                    new City("2018", "Antwerpen", "nl", "3"), new City("2800", "Mechelen", "nl", "15"),
                    new City("3000", "Leuven", "nl", "16"), new City("3500", "Hasselt", "nl", "11"),
                    new City("3600", "Genk", "nl", "89"), new City("8000", "Brugge", "nl", "50"),
                    new City("8500", "Kortrijk", "nl", "56"), new City("8400", "Oostende", "nl", "59"),
                    new City("9300", "Aalst", "nl", "53"), new City("9100", "Sint-Niklaas", "nl", "3"),
                    new City("2300", "Turnhout", "nl", "14"), new City("1800", "Vilvoorde", "nl", "2"),
                    new City("8800", "Roeselare", "nl", "51"), new City("9700", "Oudenaarde", "nl", "55"),
                    new City("2500", "Lier", "nl", "3"), new City("1700", "Dilbeek", "nl", "2")),
            List.of("Jan", "Pieter", "Koen", "Bart", "Wouter", "Jens", "Stijn", "Michaël", "Raphaël", "Noël", "Lucas"),
            List.of("Sofie", "An", "Els", "Lotte", "Marieke", "Ine", "Griet", "Zoë", "Joëlle", "Daniëlle", "Anaïs"),
            List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
                    "De Smet", "Van den Broeck", "Vermeulen", "Van Damme", "De Backer", "Verhaeghe", "Declercq",
                    "Vandenberghe", "Coppens", "D'Hondt", "Van de Velde", "Geeraerts", "Hendrickx"),
            List.of("Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Schoolstraat",
                    "Kapelstraat", "Lindenlaan", "Beekstraat", "Veldstraat", "Sint-Jansstraat", "Grote Markt"),
            List.of("%s & Zonen BV", "Bouwbedrijf %s NV", "Bakkerij %s BV", "%s Consultancy BV", "Garage %s BV",
                    "Tandartspraktijk %s BV", "Schrijnwerkerij %s BV", "Transport %s NV", "Jeugdwerking %s VZW"),
            List.of("Schilderwerken %s", "Kapsalon %s", "Tuinaanleg %s", "Fietsen %s", "Slagerij %s"),
            "bus");

    public static final Community FRANCOPHONE = new Community(
            List.of(new City("4000", "Liège", "fr", "4"), new City("5000", "Namur", "fr", "81"),
                    new City("6000", "Charleroi", "fr", "71"), new City("7000", "Mons", "fr", "65"),
                    new City("1300", "Wavre", "fr", "10"), new City("1400", "Nivelles", "fr", "67"),
                    new City("7500", "Tournai", "fr", "69"), new City("4800", "Verviers", "fr", "87"),
                    new City("6700", "Arlon", "fr", "63"), new City("1348", "Ottignies-Louvain-la-Neuve", "fr", "10"),
                    new City("5500", "Dinant", "fr", "82"), new City("4500", "Huy", "fr", "85"),
                    new City("1000", "Bruxelles", "fr", "2"), new City("1050", "Ixelles", "fr", "2"),
                    new City("1030", "Schaerbeek", "fr", "2"), new City("1180", "Uccle", "fr", "2")),
            List.of("Jérôme", "François", "Frédéric", "Benoît", "Loïc", "Cédric", "Sébastien", "Thierry", "Hervé"),
            List.of("Hélène", "Françoise", "Céline", "Gaëlle", "Mélanie", "Valérie", "Agnès", "Chloé", "Noémie"),
            List.of("Dubois", "Lambert", "Dupont", "Leclercq", "Lefèvre", "Lejeune", "Mathieu", "Renard", "Gérard",
                    "François", "Denis", "Mercier", "Fontaine", "Delvaux", "Hubert", "Lemaître", "Collignon",
                    "Bodart", "Deprez", "Léonard"),
            List.of("Rue de la Station", "Rue de l'Église", "Chaussée de Bruxelles", "Rue du Moulin",
                    "Avenue des Tilleuls", "Rue Haute", "Place Communale", "Chaussée de Namur", "Rue de la Fontaine"),
            List.of("Boulangerie %s SRL", "Menuiserie %s SRL", "%s & Fils SA", "Transports %s SA", "Cabinet %s SRL",
                    "Garage %s SRL", "Façades %s SRL", "Les Amis de %s ASBL"),
            List.of("Coiffure %s", "Plomberie %s", "Électricité %s", "Boucherie %s", "Jardins %s"),
            "bte");

    public static final Community GERMAN = new Community(
            List.of(new City("4700", "Eupen", "de", "87"), new City("4780", "Sankt Vith", "de", "80"),
                    new City("4730", "Raeren", "de", "87"), new City("4750", "Bütgenbach", "de", "80"),
                    new City("4760", "Büllingen", "de", "80")),
            List.of("Jürgen", "Günter", "Jörg", "Matthias", "Lukas", "Bernd", "Stefan"),
            List.of("Käthe", "Jutta", "Birgit", "Anja", "Sabine", "Lena"),
            List.of("Müller", "Schröder", "Kreusch", "Hilligsmann", "Brüll", "Heinen", "Mreyen", "Cremer",
                    "Köhnen", "Thönnissen"),
            List.of("Kirchstraße", "Bahnhofstraße", "Hauptstraße", "Aachener Straße", "Klosterstraße", "Neustraße"),
            List.of("Schreinerei %s GmbH", "%s Bau AG", "Bäckerei %s GmbH", "Musikverein %s VoG"),
            List.of("Malerbetrieb %s", "Friseursalon %s", "Gartenbau %s"),
            "Bfk");

    /** Brussels addresses in Dutch, so Dutch-speaking Brussels clients get Dutch city names. */
    public static final List<City> BRUSSELS_NL = List.of(new City("1000", "Brussel", "nl", "2"),
            new City("1200", "Sint-Lambrechts-Woluwe", "nl", "2"), new City("1090", "Jette", "nl", "2"));

    private static final List<String> MAIL_DOMAINS = List.of("telenet.be", "skynet.be", "proximus.be", "gmail.com",
            "hotmail.com", "outlook.be", "scarlet.be");

    private BelgianNames() {
    }

    /** Flemish 55 %, francophone 35 %, German-speaking 10 %: more of the small community than reality, on purpose. */
    public static Community community(Random random) {
        int roll = random.nextInt(100);
        return roll < 55 ? FLEMISH : roll < 90 ? FRANCOPHONE : GERMAN;
    }

    public static City city(Random random, Community community) {
        if (community == FLEMISH && random.nextInt(10) == 0) {
            return pick(random, BRUSSELS_NL);
        }
        return pick(random, community.cities());
    }

    public static String street(Random random, Community community) {
        String street = pick(random, community.streets()) + " " + (1 + random.nextInt(250));
        return random.nextInt(10) == 0 ? street + " " + community.boxWord() + " " + (1 + random.nextInt(12)) : street;
    }

    public static String personalMail(Random random, String first, String last) {
        return asciiSlug(first, ".") + "." + asciiSlug(last, "") + "@" + pick(random, MAIL_DOMAINS);
    }

    public static String companyDomain(String companyName) {
        String core = companyName.replaceAll("\\b(BV|NV|SRL|SA|VZW|ASBL|GmbH|AG|VoG)\\b", "").replace("&", " ");
        return asciiSlug(core, "-") + ".be";
    }

    /** "Gaëlle Lefèvre" → "gaelle-lefevre": mail addresses are ASCII even when names are not. */
    public static String asciiSlug(String text, String separator) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", separator)
                .replaceAll("^\\W+|\\W+$", "");
    }

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
