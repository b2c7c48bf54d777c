package org.gatepass.persistence.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.core.security.Operator;

/** SQL for operators: OperatorMapper.xml. */
public interface OperatorMapper {
    void insert(@Param("o") Operator operator, @Param("hash") String passwordHash, @Param("key") GeneratedKey key);

    int update(@Param("o") Operator operator);

    int updatePasswordHash(@Param("id") long id, @Param("hash") String passwordHash);

    Operator findById(@Param("id") long id);

    Operator findByUsername(@Param("username") String username);

    String passwordHash(@Param("id") long id);

    List<Operator> list();

    long count();
}
