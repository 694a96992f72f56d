import { describe, expect, it } from "vitest";
import {
  constantTimeEqual,
  DUMMY_PASSWORD_HASH,
  hashPassword,
  PASSWORD_ITERATIONS,
  verifyPassword,
} from "../../src/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and rejects any other", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("Correct horse battery staple", stored)).toBe(false);
  });

  it("salts each hash separately and records the iteration count it used", async () => {
    const a = await hashPassword("same password twice");
    const b = await hashPassword("same password twice");
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(a.iterations).toBe(PASSWORD_ITERATIONS);
    expect(PASSWORD_ITERATIONS).toBe(100_000);
  });

  it("verifies with the iterations stored for the user, so the cost can change later", async () => {
    const cheap = await hashPassword("an older account password", 1_000);
    expect(cheap.iterations).toBe(1_000);
    expect(await verifyPassword("an older account password", cheap)).toBe(true);
    expect(await verifyPassword("an older account password", { ...cheap, iterations: 1_001 })).toBe(
      false,
    );
  });

  it("has a dummy hash that common passwords do not match", async () => {
    for (const guess of ["", "password", "factline-demo-password", "admin"]) {
      expect(await verifyPassword(guess, DUMMY_PASSWORD_HASH)).toBe(false);
    }
  });

  it("compares bytes for equality, including length", () => {
    const a = new Uint8Array([1, 2, 3]);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2]))).toBe(false);
  });
});
