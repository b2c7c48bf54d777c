package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.person.Person;

/** SQL for persons: PersonMapper.xml. */
public interface PersonMapper {
    void insert(@Param("p") Person person, @Param("key") GeneratedKey key, @Param("now") Instant now);

    int update(@Param("p") Person person, @Param("now") Instant now);

    Person findById(@Param("id") long id);

    Person findByExternalId(@Param("externalId") String externalId);

    List<Person> findByExternalIds(@Param("ids") Collection<String> ids);

    /** {@code emails} in lower case. */
    List<Person> findByEmails(@Param("emails") Collection<String> emails);

    List<Person> search(@Param("pattern") String pattern, @Param("limit") int limit);
}
