package org.twinningregistry.reporting;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTests {

	@Test
	void calendarYearEndsOnTheLastDayOfDecemberAndIsDueThreeMonthsLater() {
		// when
		ReportingPeriod period = ReportingPeriod.of(2024, ReportingSettings.calendarYears());

		// then
		assertThat(period.start()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(period.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	@Test
	void fiscalYearNStartsInNAndEndsTheDayBeforeItsStartInTheNextYear() {
		// given
		ReportingSettings fiscal = new ReportingSettings("04-01", Period.ofMonths(3));

		// when
		ReportingPeriod period = ReportingPeriod.of(2024, fiscal);

		// then
		assertThat(period.start()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(period.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void isOverTheDayAfterItsEndAndOnTimeUntilTheDeadlineIncluded() {
		// given
		ReportingPeriod period = ReportingPeriod.of(2024, ReportingSettings.calendarYears());

		// then
		assertThat(period.endedBy(LocalDate.of(2024, 12, 31))).isFalse();
		assertThat(period.endedBy(LocalDate.of(2025, 1, 1))).isTrue();
		assertThat(period.onTime(LocalDate.of(2025, 3, 31))).isTrue();
		assertThat(period.onTime(LocalDate.of(2025, 4, 1))).isFalse();
	}

	@Test
	void acceptsTheStartWithOrWithoutLeadingDashesAndRefusesOthers() {
		// then
		assertThat(new ReportingSettings("--07-01", Period.ZERO).startDay().getMonthValue()).isEqualTo(7);
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingSettings("13-01", Period.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingSettings("02-29", Period.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingSettings("01-01", Period.ofDays(-1)));
	}

}
