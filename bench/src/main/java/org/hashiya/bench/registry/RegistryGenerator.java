package org.hashiya.bench.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;

/**
 * A researcher's actor list as it looks in the field: thousands of Arabic names of people,
 * ministries, armies, security services and armed groups of the region, with the aliases news
 * writes them by (titles, short forms, hamza and alef variants), English names and countries;
 * and places with provinces and coordinates. Deterministic for a seed.
 */
public final class RegistryGenerator {
    record Country(String iso3, String name, String english, String adjective, String adjectiveM, String englishAdj) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("IRQ", "العراق", "Iraq", "العراقية", "العراقي", "Iraqi"),
            new Country("SYR", "سوريا", "Syria", "السورية", "السوري", "Syrian"),
            new Country("LBN", "لبنان", "Lebanon", "اللبنانية", "اللبناني", "Lebanese"),
            new Country("JOR", "الأردن", "Jordan", "الأردنية", "الأردني", "Jordanian"),
            new Country("EGY", "مصر", "Egypt", "المصرية", "المصري", "Egyptian"),
            new Country("YEM", "اليمن", "Yemen", "اليمنية", "اليمني", "Yemeni"),
            new Country("LBY", "ليبيا", "Libya", "الليبية", "الليبي", "Libyan"),
            new Country("SDN", "السودان", "Sudan", "السودانية", "السوداني", "Sudanese"),
            new Country("SAU", "السعودية", "Saudi Arabia", "السعودية", "السعودي", "Saudi"),
            new Country("TUR", "تركيا", "Turkey", "التركية", "التركي", "Turkish"),
            new Country("IRN", "إيران", "Iran", "الإيرانية", "الإيراني", "Iranian"),
            new Country("PSE", "فلسطين", "Palestine", "الفلسطينية", "الفلسطيني", "Palestinian"),
            new Country("TUN", "تونس", "Tunisia", "التونسية", "التونسي", "Tunisian"),
            new Country("DZA", "الجزائر", "Algeria", "الجزائرية", "الجزائري", "Algerian"),
            new Country("MAR", "المغرب", "Morocco", "المغربية", "المغربي", "Moroccan"),
            new Country("USA", "الولايات المتحدة", "United States", "الأمريكية", "الأمريكي", "US"));

    static final Map<String, String> MINISTRIES = ordered(
            "الدفاع", "Defence", "الداخلية", "Interior", "الخارجية", "Foreign Affairs", "الصحة", "Health",
            "المالية", "Finance", "النفط", "Oil", "التربية", "Education", "العدل", "Justice", "الكهرباء", "Electricity",
            "الزراعة", "Agriculture", "الموارد المائية", "Water Resources", "الهجرة والمهجرين", "Migration and Displacement",
            "التخطيط", "Planning", "الإعمار والإسكان", "Construction and Housing", "الاتصالات", "Communications");
    static final Map<String, String> FORCES = ordered(
            "الجيش", "Army", "قوات الأمن", "Security Forces", "الشرطة", "Police", "قوات الحدود", "Border Guard",
            "جهاز المخابرات", "Intelligence Service", "قوات مكافحة الإرهاب", "Counter-Terrorism Service",
            "القوات الجوية", "Air Force", "القوات البحرية", "Navy", "الحرس الجمهوري", "Republican Guard",
            "قوات الدفاع الجوي", "Air Defence Forces");
    static final String[] GROUP_HEADS = {"كتائب", "لواء", "جبهة", "حركة", "سرايا", "جيش", "تجمع", "فيلق", "عصائب", "أنصار"};
    static final String[] GROUP_ENGLISH = {"Brigades", "Brigade", "Front", "Movement", "Companies", "Army", "Gathering", "Corps", "Leagues", "Supporters"};
    static final Map<String, String> GROUP_NAMES = ordered(
            "الفتح", "al-Fath", "النصر", "al-Nasr", "الحق", "al-Haqq", "التحرير", "al-Tahrir", "الشام", "al-Sham",
            "العزة", "al-Izza", "الكرامة", "al-Karama", "الأحرار", "al-Ahrar", "الفرقان", "al-Furqan", "الصمود", "al-Sumud",
            "الحسم", "al-Hasm", "الرافدين", "al-Rafidayn", "الجنوب", "al-Janub", "الشمال", "al-Shamal", "الفجر", "al-Fajr",
            "البنيان المرصوص", "al-Bunyan al-Marsus", "درع الوطن", "Dir' al-Watan", "حماة الديار", "Humat al-Diyar",
            "أبي الفضل العباس", "Abu al-Fadl al-Abbas", "سيد الشهداء", "Sayyid al-Shuhada");
    static final Map<String, String> FIRST = ordered(
            "محمد", "Mohammed", "أحمد", "Ahmed", "علي", "Ali", "حسن", "Hassan", "حسين", "Hussein", "عمر", "Omar",
            "خالد", "Khaled", "يوسف", "Youssef", "إبراهيم", "Ibrahim", "عبد الله", "Abdullah", "عبد الرحمن", "Abdulrahman",
            "مصطفى", "Mustafa", "سعيد", "Saeed", "فاطمة", "Fatima", "زينب", "Zainab", "مريم", "Maryam", "ليلى", "Layla",
            "نور", "Nour", "سارة", "Sara", "هادي", "Hadi", "كريم", "Karim", "جواد", "Jawad", "طارق", "Tariq",
            "ماجد", "Majed", "نبيل", "Nabil", "رشيد", "Rashid", "سليم", "Salim", "وليد", "Walid", "فيصل", "Faisal");
    static final Map<String, String> FAMILY = ordered(
            "الحلبوسي", "al-Halbousi", "السوداني", "al-Sudani", "الكاظمي", "al-Kadhimi", "الحكيم", "al-Hakim",
            "العبادي", "al-Abadi", "المالكي", "al-Maliki", "الجبوري", "al-Jubouri", "الدليمي", "al-Dulaimi",
            "العبيدي", "al-Obeidi", "الزبيدي", "al-Zubaidi", "البرزاني", "Barzani", "الطالباني", "Talabani",
            "الحريري", "Hariri", "المقداد", "al-Miqdad", "الخطيب", "al-Khatib", "النجار", "al-Najjar", "الشمري", "al-Shammari",
            "العنزي", "al-Anzi", "القحطاني", "al-Qahtani", "المصري", "al-Masri", "التميمي", "al-Tamimi", "الساعدي", "al-Saadi",
            "الربيعي", "al-Rubaie", "الموسوي", "al-Musawi", "الحسيني", "al-Husseini", "الكعبي", "al-Kaabi", "العامري", "al-Amiri");
    static final String[][] TITLES = {
            {"الرئيس", "President", "STATE_GOV"}, {"رئيس الوزراء", "Prime Minister", "STATE_GOV"},
            {"وزير الخارجية", "Foreign Minister", "STATE_GOV"}, {"اللواء", "Major General", "STATE_MIL"},
            {"العميد", "Brigadier", "STATE_MIL"}, {"النائب", "MP", "STATE_GOV"}, {"الشيخ", "Sheikh", "PERSON"},
            {"القيادي", "commander", "NONSTATE_ARMED"}, {"الناشط", "activist", "MEDIA_NGO"}, {"الصحفي", "journalist", "MEDIA_NGO"},
            {"المحافظ", "Governor", "STATE_GOV"}, {"الفريق", "Lieutenant General", "STATE_MIL"}};
    static final String[][] PROVINCES = {
            {"IRQ", "بغداد", "33.3152", "44.3661"}, {"IRQ", "نينوى", "36.3400", "43.1300"}, {"IRQ", "البصرة", "30.5085", "47.7804"},
            {"IRQ", "الأنبار", "33.4200", "43.3000"}, {"IRQ", "كركوك", "35.4681", "44.3922"}, {"IRQ", "ديالى", "33.7500", "45.0000"},
            {"SYR", "حلب", "36.2021", "37.1343"}, {"SYR", "دمشق", "33.5138", "36.2765"}, {"SYR", "إدلب", "35.9306", "36.6339"},
            {"SYR", "الرقة", "35.9500", "39.0100"}, {"SYR", "دير الزور", "35.3333", "40.1500"}, {"LBN", "بيروت", "33.8938", "35.5018"},
            {"YEM", "صنعاء", "15.3694", "44.1910"}, {"YEM", "عدن", "12.7855", "45.0187"}, {"LBY", "طرابلس", "32.8872", "13.1913"},
            {"LBY", "بنغازي", "32.1167", "20.0667"}, {"SDN", "الخرطوم", "15.5007", "32.5599"}, {"SDN", "دارفور", "13.5000", "24.0000"}};
    static final String[] PLACE_HEADS = {"حي", "قرية", "ناحية", "قضاء", "مخيم", "بلدة", "منطقة", "سوق", "جسر", "مطار"};

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private final Random random;

    public RegistryGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The Global Coalition with five aliases: the entry the benchmark annotates everywhere. */
    public static ActorEntry coalition() {
        return new ActorEntry(0, "التحالف الدولي", "Global Coalition against Daesh", "COALITION_IGO",
                List.of("التحالف", "قوات التحالف", "التحالف الدولي ضد داعش", "دول التحالف", "تحالف واشنطن"),
                "", "Q18617519", "بقيادة الولايات المتحدة منذ 2014");
    }

    /** About {@code count} actors, no two the same name and type; the coalition first. */
    public List<RegistryEntry> actors(int count) {
        List<RegistryEntry> actors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        actors.add(coalition());
        seen.add(coalition().name());
        for (Country c : COUNTRIES) {
            add(actors, seen, new ActorEntry(0, "الحكومة " + c.adjective(), "Government of " + c.english(), "STATE_GOV",
                    List.of("حكومة " + c.name(), "السلطات " + c.adjective()), c.iso3(), "", ""));
            for (var m : MINISTRIES.entrySet()) {
                add(actors, seen, new ActorEntry(0, "وزارة " + m.getKey() + " " + c.adjective(),
                        c.englishAdj() + " Ministry of " + m.getValue(), "STATE_GOV",
                        List.of("وزارة " + m.getKey() + " في " + c.name(), "وزير " + m.getKey() + " " + c.adjectiveM()),
                        c.iso3(), "", ""));
            }
            for (var f : FORCES.entrySet()) {
                String name = f.getKey() + " " + (f.getKey().startsWith("ال") && !f.getKey().contains(" ") ? c.adjectiveM() : c.adjective());
                String type = f.getKey().contains("الشرطة") || f.getKey().contains("الأمن") || f.getKey().contains("المخابرات")
                        || f.getKey().contains("الحدود") ? "STATE_SECURITY" : "STATE_MIL";
                add(actors, seen, new ActorEntry(0, name, c.englishAdj() + " " + f.getValue(), type,
                        List.of(f.getKey() + " في " + c.name()), c.iso3(), "", ""));
            }
        }
        List<String> heads = List.of(GROUP_HEADS);
        List<Map.Entry<String, String>> groupNames = new ArrayList<>(GROUP_NAMES.entrySet());
        for (int h = 0; h < heads.size(); h++) {
            for (var g : groupNames) {
                Country c = COUNTRIES.get(random.nextInt(COUNTRIES.size() - 1));
                String name = heads.get(h) + " " + g.getKey();
                add(actors, seen, new ActorEntry(0, name, g.getValue() + " " + GROUP_ENGLISH[h], "NONSTATE_ARMED",
                        List.of("مسلحو " + name, "عناصر " + name), c.iso3(), "", "جماعة مسلحة تنشط في " + c.name()));
            }
        }
        List<Map.Entry<String, String>> first = new ArrayList<>(FIRST.entrySet());
        List<Map.Entry<String, String>> family = new ArrayList<>(FAMILY.entrySet());
        int people = 0;
        while (actors.size() < count && people < count * 4) {
            people++;
            var f = first.get(random.nextInt(first.size()));
            var father = first.get(random.nextInt(first.size()));
            var fam = family.get(random.nextInt(family.size()));
            String[] title = TITLES[random.nextInt(TITLES.length)];
            Country c = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String name = f.getKey() + " " + father.getKey() + " " + fam.getKey();
            List<String> aliases = new ArrayList<>(List.of(f.getKey() + " " + fam.getKey(), title[0] + " " + fam.getKey(),
                    title[0] + " " + f.getKey() + " " + fam.getKey()));
            if (name.contains("إ") || name.contains("أ")) {
                aliases.add(name.replace('إ', 'ا').replace('أ', 'ا')); // as careless typists write it
            }
            String wikidata = random.nextInt(4) == 0 ? "Q" + (1_000_000 + random.nextInt(90_000_000)) : "";
            add(actors, seen, new ActorEntry(0, name, f.getValue() + " " + father.getValue() + " " + fam.getValue(),
                    title[2], aliases, c.iso3(), wikidata, title[1] + ", " + c.english()));
        }
        return actors;
    }

    private static void add(List<RegistryEntry> into, java.util.Set<String> seen, RegistryEntry entry) {
        if (seen.add(entry.name() + "\t" + ((ActorEntry) entry).type())) {
            into.add(entry);
        }
    }

    /** Places: provinces with their capitals' coordinates, and neighbourhoods, villages, camps in them. */
    public List<RegistryEntry> places(int count) {
        List<RegistryEntry> places = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] p : PROVINCES) {
            places.add(new PlaceEntry(0, p[1], "", List.of("محافظة " + p[1], "مدينة " + p[1]), p[0], p[1],
                    Double.valueOf(p[2]), Double.valueOf(p[3]), ""));
            seen.add(p[1]);
        }
        List<String> names = new ArrayList<>(GROUP_NAMES.keySet());
        while (places.size() < count) {
            String[] p = PROVINCES[random.nextInt(PROVINCES.length)];
            String name = PLACE_HEADS[random.nextInt(PLACE_HEADS.length)] + " " + names.get(random.nextInt(names.size()));
            if (!seen.add(name + p[1])) {
                if (seen.size() > count * 3) {
                    break;
                }
                continue;
            }
            double lat = Double.parseDouble(p[2]) + (random.nextInt(2000) - 1000) / 10000.0;
            double lon = Double.parseDouble(p[3]) + (random.nextInt(2000) - 1000) / 10000.0;
            places.add(new PlaceEntry(0, name, "", List.of(name + " في " + p[1]), p[0], p[1], lat, lon, ""));
        }
        return places;
    }
}
