package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Param;

/** SQL for face templates: FaceTemplateMapper.xml. */
public interface FaceTemplateMapper {
    void insert(@Param("personId") long personId, @Param("modelId") String modelId, @Param("dims") int dims,
            @Param("sealed") byte[] sealed, @Param("createdAt") Instant createdAt, @Param("key") GeneratedKey key);

    List<SealedTemplate> forModel(@Param("modelId") String modelId);

    int countPersonsWithoutTemplatesOf(@Param("modelId") String modelId);

    int eraseForPerson(@Param("personId") long personId);

    int countOfPerson(@Param("personId") long personId);
}
