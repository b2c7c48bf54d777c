package org.gatepass.persistence.internal;

import java.time.LocalDate;

/** The access rules' rows as the queries return them (AccessMapper.xml), assembled by {@link MyBatisAccessRepository}. */
final class AccessRows {
    private AccessRows() {
    }

    record GateRow(long id, String name, boolean restricted, String door, int releaseSeconds, String antiPassback, String area) {
    }

    record GateCameraRow(String cameraId, long gateId) {
    }

    record LevelRow(long id, String name, boolean openOnHolidays) {
    }

    record LevelGateRow(long levelId, long gateId) {
    }

    record WindowRow(long levelId, int dayOfWeek, int fromMinute, int untilMinute) {
    }

    record HolidayRow(LocalDate day, String name) {
    }

    record CategoryLevelRow(String category, long levelId) {
    }

    record PresenceRuleRow(long id, String name, String category, String kind, int atMinute, String days) {
    }
}
