package org.gatepass.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a person must meet before it is stored; every broken rule is reported, not just the first. */
public final class PersonValidator {
    /** Practical address check: one @, no spaces, a dot in a domain that neither starts nor ends with it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MOBILE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

    private PersonValidator() {
    }

    public static List<String> problems(Person person) {
        List<String> problems = new ArrayList<>();
        if (isBlank(person.name())) {
            problems.add("Name is required.");
        } else if (person.name().strip().length() > 200) {
            problems.add("Name is longer than 200 characters.");
        }
        if (person.category() == null) {
            problems.add("Category is required.");
        }
        if (person.status() == null) {
            problems.add("Status is required.");
        }
        checkEmail("E-mail", person.email(), problems);
        checkEmail("Guardian / host e-mail", person.guardianEmail(), problems);
        if (!isBlank(person.mobile()) && !MOBILE.matcher(person.mobile().strip()).matches()) {
            problems.add("Mobile '" + person.mobile().strip() + "' is not a phone number.");
        }
        if (!isBlank(person.externalId()) && person.externalId().strip().length() > 64) {
            problems.add("ID is longer than 64 characters.");
        }
        return problems;
    }

    /** Trims every text field and turns empty ones into null, so storage never holds blanks. */
    public static Person normalize(Person p) {
        return new Person(p.id(), clean(p.externalId()), clean(p.name()), clean(p.email()), clean(p.mobile()), p.category(),
                p.status(), clean(p.guardianEmail()));
    }

    /** Whether {@code address} (already trimmed) looks like a deliverable e-mail address; shared by every e-mail field. */
    public static boolean isEmailAddress(String address) {
        return address != null && address.length() <= 254 && EMAIL.matcher(address).matches();
    }

    private static void checkEmail(String field, String value, List<String> problems) {
        if (!isBlank(value) && !isEmailAddress(value.strip())) {
            problems.add(field + " '" + value.strip() + "' is not a valid address.");
        }
    }

    private static String clean(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
