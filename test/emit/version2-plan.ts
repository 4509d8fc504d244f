// One small plan that uses every version 2 addition a readable output shows: a load that
// progresses from a percentage, ranges, notes on lifts, rest days and exercise lines, a
// timed race with a distance, a deload week and structured runs. Shared by the ICS, HTML
// and Markdown tests so that all three are held to the same wording.

export const VERSION2_PLAN = `
session Heavy heavy {
    squat 3x4-6 @ 75% rest 2min rir 1-2 progress +2.5%/week "pause at the bottom"
    deadlift 3x5 @ 100kg rest 2min rpe 7.5-8.5
}
plan "Version two" {
    athlete "Sam" {
        level intermediate
        units kg
        max squat 120kg
        max deadlift 140kg
    }
    start 2027-01-04
    race "City 10K" on 2027-01-31 at 08:30 distance 10km priority A
    phase Build 4 weeks focus build {
        tue: lift Heavy "bring chalk"
        thu: run intervals 6x800m @ 3:50/km rec 400m warmup 15min cooldown 10min
        sat: run easy 45min @ z2
        sun: rest "walk only"
        week 4 deload {
            tue: lift Heavy
        }
    }
}`;
