package org.gatepass.core.pass;

import org.gatepass.core.person.Person;

/** A pass just issued, its visitor and the code its QR carries. */
public record IssuedPass(VisitorPass pass, Person visitor, String code) {
}
