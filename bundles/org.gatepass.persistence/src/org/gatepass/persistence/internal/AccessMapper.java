package org.gatepass.persistence.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.gatepass.persistence.internal.AccessRows.CategoryLevelRow;
import org.gatepass.persistence.internal.AccessRows.GateCameraRow;
import org.gatepass.persistence.internal.AccessRows.GateRow;
import org.gatepass.persistence.internal.AccessRows.HolidayRow;
import org.gatepass.persistence.internal.AccessRows.LevelGateRow;
import org.gatepass.persistence.internal.AccessRows.LevelRow;
import org.gatepass.persistence.internal.AccessRows.PresenceRuleRow;
import org.gatepass.persistence.internal.AccessRows.WindowRow;

/** SQL for the access rules: AccessMapper.xml. */
public interface AccessMapper {
    List<GateRow> gates();

    List<GateCameraRow> gateCameras();

    List<LevelRow> levels();

    List<LevelGateRow> levelGates();

    List<WindowRow> windows();

    List<HolidayRow> holidays();

    List<CategoryLevelRow> categoryLevels();

    List<PresenceRuleRow> presenceRules();

    void insertGate(@Param("name") String name, @Param("restricted") boolean restricted, @Param("door") String door,
            @Param("releaseSeconds") int releaseSeconds, @Param("antiPassback") String antiPassback, @Param("area") String area,
            @Param("key") GeneratedKey key);

    int updateGate(@Param("id") long id, @Param("name") String name, @Param("restricted") boolean restricted, @Param("door") String door,
            @Param("releaseSeconds") int releaseSeconds, @Param("antiPassback") String antiPassback, @Param("area") String area);

    void deleteGateCameras(@Param("gateId") long gateId);

    void insertGateCamera(@Param("cameraId") String cameraId, @Param("gateId") long gateId);

    void deleteLevelGatesOfGate(@Param("gateId") long gateId);

    int deleteGate(@Param("id") long id);

    void insertLevel(@Param("name") String name, @Param("openOnHolidays") boolean openOnHolidays, @Param("key") GeneratedKey key);

    int updateLevel(@Param("id") long id, @Param("name") String name, @Param("openOnHolidays") boolean openOnHolidays);

    void deleteLevelGates(@Param("levelId") long levelId);

    void insertLevelGate(@Param("levelId") long levelId, @Param("gateId") long gateId);

    void deleteWindows(@Param("levelId") long levelId);

    void insertWindow(@Param("levelId") long levelId, @Param("day") int day, @Param("from") int from, @Param("until") int until);

    void deleteHoldersOfLevel(@Param("levelId") long levelId);

    void deleteCategoriesOfLevel(@Param("levelId") long levelId);

    int deleteLevel(@Param("id") long id);

    int deleteHoliday(@Param("day") LocalDate day);

    void insertHoliday(@Param("day") LocalDate day, @Param("name") String name);

    List<Long> personLevels(@Param("personId") long personId);

    List<Long> holders(@Param("levelId") long levelId);

    List<Long> levelsHeld(@Param("personId") long personId, @Param("category") String category);

    int insertPersonLevel(@Param("personId") long personId, @Param("levelId") long levelId);

    int deletePersonLevel(@Param("personId") long personId, @Param("levelId") long levelId);

    int insertCategoryLevel(@Param("category") String category, @Param("levelId") long levelId);

    int deleteCategoryLevel(@Param("category") String category, @Param("levelId") long levelId);

    void insertPresenceRule(@Param("r") PresenceRuleRow rule, @Param("key") GeneratedKey key);

    int updatePresenceRule(@Param("r") PresenceRuleRow rule);

    void deleteRuleAlerts(@Param("ruleId") long ruleId);

    int deletePresenceRule(@Param("id") long id);
}
